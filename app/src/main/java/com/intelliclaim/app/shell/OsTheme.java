package com.intelliclaim.app.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system is set to a dark look, where that can be read: GNOME's {@code color-scheme} or GTK
 * theme name (and {@code GTK_THEME}) on Linux, {@code AppleInterfaceStyle} on macOS, {@code AppsUseLightTheme} in the
 * Windows registry. Anything unreadable means light. Runs small processes: call it off the FX thread.
 */
public final class OsTheme {
    /** Runs a command; its standard output when it exits with 0 within the time limit, else empty. */
    @FunctionalInterface
    interface Commands {
        Optional<String> run(List<String> command);
    }

    private final String osName;
    private final Map<String, String> env;
    private final Commands commands;

    OsTheme(String osName, Map<String, String> env, Commands commands) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.commands = commands;
    }

    public static OsTheme current() {
        return new OsTheme(System.getProperty("os.name", ""), System.getenv(), OsTheme::runProcess);
    }

    public boolean prefersDark() {
        if (osName.startsWith("mac")) {
            return commands.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false);
        }
        if (osName.startsWith("windows")) {
            return commands.run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                            "/v", "AppsUseLightTheme"))
                    .map(out -> out.replaceAll("\\s+", " ").contains("REG_DWORD 0x0")).orElse(false);
        }
        String gtkTheme = env.getOrDefault("GTK_THEME", "");
        if (!gtkTheme.isBlank()) {
            return isDarkName(gtkTheme);
        }
        Optional<String> scheme = commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
            return true;
        }
        if (scheme.isPresent() && scheme.get().contains("prefer-light")) {
            return false;
        }
        return commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(OsTheme::isDarkName).orElse(false);
    }

    private static boolean isDarkName(String themeName) {
        return themeName.toLowerCase(Locale.ROOT).contains("dark");
    }

    private static Optional<String> runProcess(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = process.getInputStream().readNBytes(4096);
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // the tool is not installed: nothing to follow
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
