package com.intelliclaim.app.shell;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What each platform's answer means; a command absent from the map fails, as a missing tool does. */
class OsThemeTest {
    private static final String SCHEME = "gsettings get org.gnome.desktop.interface color-scheme";
    private static final String GTK = "gsettings get org.gnome.desktop.interface gtk-theme";
    private static final String MAC = "defaults read -g AppleInterfaceStyle";
    private static final String WIN = "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"
            + " /v AppsUseLightTheme";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Linux", Map.of(), Map.of(SCHEME, "'prefer-dark'\n"), true),
                Arguments.of("Linux", Map.of(), Map.of(SCHEME, "'prefer-light'\n", GTK, "'Adwaita-dark'"), false),
                Arguments.of("Linux", Map.of(), Map.of(SCHEME, "'default'\n", GTK, "'Adwaita-dark'\n"), true),
                Arguments.of("Linux", Map.of(), Map.of(SCHEME, "'default'\n", GTK, "'Adwaita'\n"), false),
                Arguments.of("Linux", Map.of(), Map.of(GTK, "'Yaru-Dark'\n"), true),
                Arguments.of("Linux", Map.of("GTK_THEME", "Adwaita:dark"), Map.of(SCHEME, "'prefer-light'"), true),
                Arguments.of("Linux", Map.of(), Map.of(), false),
                Arguments.of("Mac OS X", Map.of(), Map.of(MAC, "Dark\n"), true),
                Arguments.of("Mac OS X", Map.of(), Map.of(), false),
                Arguments.of("Windows 10", Map.of(), Map.of(WIN, "\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n"), true),
                Arguments.of("Windows 10", Map.of(), Map.of(WIN, "\r\n    AppsUseLightTheme    REG_DWORD    0x1\r\n"), false),
                Arguments.of("Windows 10", Map.of(), Map.of(), false));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsTheOsPreference(String os, Map<String, String> env, Map<String, String> outputs, boolean dark) {
        OsTheme theme = new OsTheme(os, env, command -> Optional.ofNullable(outputs.get(String.join(" ", command))));
        assertThat(theme.prefersDark()).isEqualTo(dark);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void neverAsksAnotherPlatformsTool(String os, Map<String, String> env, Map<String, String> outputs, boolean dark) {
        new OsTheme(os, env, command -> {
            String tool = command.get(0);
            assertThat(os.startsWith("Mac") ? List.of("defaults") : os.startsWith("Windows") ? List.of("reg")
                    : List.of("gsettings")).contains(tool);
            return Optional.empty();
        }).prefersDark();
    }
}
