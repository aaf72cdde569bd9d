package com.intelliclaim.engine.store;

import java.nio.file.Path;

/**
 * Run in a second JVM by H2DocumentStoreCrashTest: adds documents of {@code args[1]} chunks in a loop to the store at
 * {@code args[0]}, printing "added N" after each commit, until it is killed.
 */
public final class StoreCrashChild {
    private StoreCrashChild() {
    }

    public static void main(String[] args) {
        int chunks = Integer.parseInt(args[1]);
        StoreFixtures fixtures = new StoreFixtures(ProcessHandle.current().pid());
        DocumentStore store = H2DocumentStore.open(Path.of(args[0]));
        System.out.println("opened");
        for (int n = 1; ; n++) {
            store.add(fixtures.newDocument("doc-" + n + ".pdf"), StoreFixtures.pages(10),
                    StoreFixtures.chunks(chunks, 10), fixtures.vectors(chunks));
            System.out.println("added " + n);
            System.out.flush();
        }
    }
}
