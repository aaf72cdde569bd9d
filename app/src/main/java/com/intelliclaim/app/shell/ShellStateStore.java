package com.intelliclaim.app.shell;

import com.intelliclaim.app.common.PropertiesFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's size, position and last screen, in {@code window.properties} in the configuration folder. Losing
 * this file costs nothing but the layout, so problems are logged, never shown.
 */
public final class ShellStateStore {
    private static final Logger log = LoggerFactory.getLogger(ShellStateStore.class);
    private final PropertiesFile file;

    public ShellStateStore(Path configFolder) {
        this.file = new PropertiesFile(configFolder.resolve("window.properties"));
    }

    /** The saved window, when there is a complete and sensible one. */
    public Optional<WindowState> window() {
        Map<String, String> p = read();
        try {
            double w = Double.parseDouble(p.getOrDefault("window.width", ""));
            double h = Double.parseDouble(p.getOrDefault("window.height", ""));
            double x = Double.parseDouble(p.getOrDefault("window.x", ""));
            double y = Double.parseDouble(p.getOrDefault("window.y", ""));
            if (!Double.isFinite(w + h + x + y)) {
                return Optional.empty();
            }
            return Optional.of(new WindowState(x, y, w, h, Boolean.parseBoolean(p.get("window.maximized"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The screen shown last, if saved. */
    public Optional<String> lastScreen() {
        return Optional.ofNullable(read().get("screen"));
    }

    public void save(WindowState window, String screen) {
        Map<String, String> p = new HashMap<>(read());
        if (window != null) {
            p.put("window.x", Double.toString(window.x()));
            p.put("window.y", Double.toString(window.y()));
            p.put("window.width", Double.toString(window.width()));
            p.put("window.height", Double.toString(window.height()));
            p.put("window.maximized", Boolean.toString(window.maximized()));
        }
        if (screen != null) {
            p.put("screen", screen);
        }
        try {
            file.save(p, "IntelliClaim window layout");
        } catch (IOException e) {
            log.warn("Could not save the window layout to {}", file.path(), e);
        }
    }

    private Map<String, String> read() {
        try {
            return file.load();
        } catch (IOException e) {
            log.warn("Could not read the window layout from {}", file.path(), e);
            return Map.of();
        }
    }
}
