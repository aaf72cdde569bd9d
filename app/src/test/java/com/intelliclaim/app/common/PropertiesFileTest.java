package com.intelliclaim.app.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PropertiesFileTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingFileReadsAsEmpty() throws Exception {
        assertThat(new PropertiesFile(tmp.resolve("none.properties")).load()).isEmpty();
    }

    @Test
    void entriesRoundTripWithUnicodeAndSpecialCharactersAndNoTemporaryFileIsLeft() throws Exception {
        PropertiesFile file = new PropertiesFile(tmp.resolve("sub/a.properties"));
        Map<String, String> entries = Map.of("name", "Ānanya Rao ₹", "path", "C:\\Users\\x = y", "empty", "");
        file.save(entries, "test");
        file.save(entries, "test again"); // replaces, atomically

        assertThat(new PropertiesFile(tmp.resolve("sub/a.properties")).load()).isEqualTo(entries);
        try (Stream<Path> files = Files.list(tmp.resolve("sub"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.properties");
        }
    }

    @Test
    void aFolderInPlaceOfTheFileIsAnErrorNotAnEmptyResult() throws Exception {
        Files.createDirectories(tmp.resolve("dir.properties"));
        assertThatThrownBy(() -> new PropertiesFile(tmp.resolve("dir.properties")).load())
                .isInstanceOf(java.io.IOException.class);
    }
}
