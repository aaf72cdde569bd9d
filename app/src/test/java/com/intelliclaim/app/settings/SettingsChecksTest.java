package com.intelliclaim.app.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsChecksTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        Function<String, Optional<String>> url = SettingsChecks::baseUrl;
        Function<String, Optional<String>> models = SettingsChecks::models;
        Function<String, Optional<String>> passages = SettingsChecks::passages;
        Function<String, Optional<String>> name = SettingsChecks::analystName;
        Function<String, Optional<String>> folder = SettingsChecks::dataFolder;
        return Stream.of(
                Arguments.of(url, "https://api.openai.com/v1", null),
                Arguments.of(url, "http://localhost:11434/v1", null),
                Arguments.of(url, "", "Enter the server's address"),
                Arguments.of(url, "htp:/x", "must start with http:// or https://"),
                Arguments.of(url, "localhost:11434", "must start with http:// or https://"),
                Arguments.of(url, "http://", "is not a web address"),
                Arguments.of(url, "http:///v1", "names no server"),
                Arguments.of(url, "http://a b/v1", "is not a web address"),
                Arguments.of(url, "https://x/v1?key=1", "without ? or #"),
                Arguments.of(models, "gpt-4o-mini", null),
                Arguments.of(models, "gpt-4o-mini, gpt-4o", null),
                Arguments.of(models, "  ", "Name at least one model"),
                Arguments.of(models, "gpt-4o,,llama", "empty name between commas"),
                Arguments.of(models, "gpt 4o", "no spaces"),
                Arguments.of(passages, "1", null),
                Arguments.of(passages, "50", null),
                Arguments.of(passages, "0", "0 is out of range; enter 1 to 50"),
                Arguments.of(passages, "51", "51 is out of range"),
                Arguments.of(passages, "ten", "\"ten\" is not a whole number"),
                Arguments.of(passages, "", "is not a whole number"),
                Arguments.of(name, "Ana Rao", null),
                Arguments.of(name, " ", "Enter the name"),
                Arguments.of(name, "x".repeat(81), "81 characters long"),
                Arguments.of(folder, "", null),
                Arguments.of(folder, "relative/dir", "is a relative path"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eachFieldSaysWhatIsWrongInPlainWords(Function<String, Optional<String>> check, String value, String problem) {
        if (problem == null) {
            assertThat(check.apply(value)).isEmpty();
        } else {
            assertThat(check.apply(value)).hasValueSatisfying(p -> assertThat(p).contains(problem));
        }
    }

    @Test
    void aDataFolderThatIsAFileIsRefusedAndAnAbsoluteNewFolderAccepted() throws Exception {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        assertThat(SettingsChecks.dataFolder(file.toString())).hasValueSatisfying(
                p -> assertThat(p).contains("is a file, not a folder"));
        assertThat(SettingsChecks.dataFolder(tmp.resolve("new/folder").toString())).isEmpty();
    }
}
