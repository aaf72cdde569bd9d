package com.intelliclaim.app.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's per-user place for an application's logs, used by the installed app: {@code $XDG_STATE_HOME}
 * (default {@code ~/.local/state}) {@code /IntelliClaim/logs} on Linux — the XDG specification's home for logs —,
 * {@code %LOCALAPPDATA%\IntelliClaim\Logs} on Windows and {@code ~/Library/Logs/IntelliClaim} on macOS.
 */
public final class LogFolder {
    static final String APP_FOLDER = "IntelliClaim";

    private LogFolder() {
    }

    public static Path platformLocation() {
        return platformLocation(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"));
    }

    static Path platformLocation(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = isSet(local) ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve(APP_FOLDER).resolve("Logs");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Logs").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_STATE_HOME");
        // The XDG specification says a relative value is invalid and must be ignored.
        Path state = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("state");
        return state.resolve(APP_FOLDER).resolve("logs");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
