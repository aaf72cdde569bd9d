package com.intelliclaim.engine.store;

import java.io.IOException;
import java.nio.file.Path;

/** Run in a second JVM by DataFolderTest: opens a data folder, says "locked", and holds it until stdin closes. */
public final class DataFolderLockHolder {
    private DataFolderLockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (DataFolder folder = DataFolder.open(Path.of(args[0]))) {
            System.out.println("locked " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() != -1) {
                // Wait: the test closes our stdin (or kills us) when it is done.
            }
        }
    }
}
