package com.intelliclaim.engine.store;

import com.intelliclaim.engine.ingest.SourceFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FolderSourceFileStoreTest {
    @TempDir
    Path tmp;

    private static final byte[] POLICY = "policy wording".getBytes(StandardCharsets.UTF_8);
    private static final String SHA = SourceFiles.sha256(POLICY);

    @Test
    void keepsBytesUnderTheirHashInATwoDigitFolderAndDeletesThem() throws Exception {
        FolderSourceFileStore store = new FolderSourceFileStore(tmp.resolve("files"));
        assertThat(store.path(SHA)).isEmpty();

        store.put(SHA, POLICY);
        store.put(SHA, POLICY);

        Path kept = store.path(SHA).orElseThrow();
        assertThat(kept).isEqualTo(tmp.resolve("files").resolve(SHA.substring(0, 2)).resolve(SHA));
        assertThat(Files.readAllBytes(kept)).isEqualTo(POLICY);
        assertThat(Files.list(tmp.resolve("files")).map(p -> p.getFileName().toString()))
                .containsExactly(SHA.substring(0, 2));
        assertThat(store.delete(SHA)).isTrue();
        assertThat(store.delete(SHA)).isFalse();
        assertThat(store.path(SHA)).isEmpty();
    }

    @Test
    void theSweepRemovesTemporaryAndUnclaimedFilesAndKeepsClaimedOnes() throws Exception {
        FolderSourceFileStore store = new FolderSourceFileStore(tmp.resolve("files"));
        byte[] orphan = "written, then the process died".getBytes(StandardCharsets.UTF_8);
        store.put(SHA, POLICY);
        store.put(SourceFiles.sha256(orphan), orphan);
        Files.write(tmp.resolve("files").resolve(FolderSourceFileStore.TEMP_PREFIX + "123.tmp"), new byte[] {1});

        assertThat(store.sweep(Set.of(SHA))).isEqualTo(2);

        assertThat(store.path(SHA)).isPresent();
        assertThat(store.path(SourceFiles.sha256(orphan))).isEmpty();
        try (var left = Files.walk(tmp.resolve("files"))) {
            assertThat(left.filter(Files::isRegularFile)).containsExactly(store.path(SHA).orElseThrow());
        }
    }

    @Test
    void aHashThatIsNotASha256IsRefusedByNameAndNeverFound() {
        FolderSourceFileStore store = new FolderSourceFileStore(tmp.resolve("files"));
        assertThatThrownBy(() -> store.put("../../etc/passwd", POLICY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"../../etc/passwd\" is not a SHA-256 (64 lower-case hex digits).");
        assertThat(store.path("ab")).isEmpty();
        assertThat(store.sweep(Set.of())).isZero();
    }
}
