package com.intelliclaim.app.common;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigFolderTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("/explicit", "Linux", Map.of(), "/explicit"),
                Arguments.of(null, "Linux", Map.of("INTELLICLAIM_CONFIG", "/from-env"), "/from-env"),
                Arguments.of(null, "Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), "/xdg/IntelliClaim"),
                Arguments.of(null, "Linux", Map.of("XDG_CONFIG_HOME", "relative"), "/home/ana/.config/IntelliClaim"),
                Arguments.of(null, "Linux", Map.of(), "/home/ana/.config/IntelliClaim"),
                Arguments.of(null, "Mac OS X", Map.of(), "/home/ana/Library/Preferences/IntelliClaim"),
                Arguments.of(null, "Windows 11", Map.of("APPDATA", "/appdata"), "/appdata/IntelliClaim"),
                Arguments.of(null, "Windows 11", Map.of(), "/home/ana/AppData/Roaming/IntelliClaim"),
                Arguments.of("  ", "Linux", Map.of(), "/home/ana/.config/IntelliClaim"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void picksTheFolderByPropertyEnvironmentAndPlatform(String property, String os, Map<String, String> env,
                                                        String expected) {
        assertThat(ConfigFolder.location(property, os, new HashMap<>(env), "/home/ana")).isEqualTo(Path.of(expected));
    }
}
