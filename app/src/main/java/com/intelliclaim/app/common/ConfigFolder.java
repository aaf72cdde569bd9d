package com.intelliclaim.app.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the desktop app keeps its preferences (window, settings, the encrypted API key): not in the data folder,
 * because the data folder itself is a setting. {@code -Dintelliclaim.config} or {@code INTELLICLAIM_CONFIG} name it
 * explicitly; else the platform's per-user configuration folder.
 */
public final class ConfigFolder {
    static final String APP_FOLDER = "IntelliClaim";

    private ConfigFolder() {
    }

    public static Path location() {
        return location(System.getProperty("intelliclaim.config"), System.getProperty("os.name"), System.getenv(),
                System.getProperty("user.home"));
    }

    static Path location(String property, String osName, Map<String, String> env, String userHome) {
        if (isSet(property)) {
            return Path.of(property);
        }
        if (isSet(env.get("INTELLICLAIM_CONFIG"))) {
            return Path.of(env.get("INTELLICLAIM_CONFIG"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Preferences").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG specification says a relative value is invalid and must be ignored.
        if (isSet(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve(APP_FOLDER);
        }
        return home.resolve(".config").resolve(APP_FOLDER);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
