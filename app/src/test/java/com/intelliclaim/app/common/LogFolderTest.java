package com.intelliclaim.app.common;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class LogFolderTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Linux", Map.of(), "/home/ana/.local/state/IntelliClaim/logs"),
                Arguments.of("Linux", Map.of("XDG_STATE_HOME", "/state"), "/state/IntelliClaim/logs"),
                Arguments.of("Linux", Map.of("XDG_STATE_HOME", "relative"), "/home/ana/.local/state/IntelliClaim/logs"),
                Arguments.of("Linux", Map.of("XDG_STATE_HOME", " "), "/home/ana/.local/state/IntelliClaim/logs"),
                Arguments.of("Mac OS X", Map.of(), "/home/ana/Library/Logs/IntelliClaim"),
                Arguments.of("Windows 11", Map.of("LOCALAPPDATA", "/local"), "/local/IntelliClaim/Logs"),
                Arguments.of("Windows 11", Map.of(), "/home/ana/AppData/Local/IntelliClaim/Logs"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void picksThePlatformsPlaceForLogs(String os, Map<String, String> env, String expected) {
        assertThat(LogFolder.platformLocation(os, new HashMap<>(env), "/home/ana")).isEqualTo(Path.of(expected));
    }
}
