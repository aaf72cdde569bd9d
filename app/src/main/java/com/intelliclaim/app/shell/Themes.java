package com.intelliclaim.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.intelliclaim.app.settings.ThemeChoice;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * Applies the analyst's theme choice: Primer light or dark, or whatever the OS prefers. The OS is asked once, in the
 * background, as soon as this object is made (usually done before the window shows), and the answer is reused.
 */
public final class Themes {
    private final CompletableFuture<Boolean> osPrefersDark;
    private ThemeChoice applied;

    public Themes(BooleanSupplier osDark) {
        this.osPrefersDark = CompletableFuture.supplyAsync(osDark::getAsBoolean, runnable -> {
            Thread thread = new Thread(runnable, "os-theme");
            thread.setDaemon(true);
            thread.start();
        }).exceptionally(e -> false);
    }

    /** Applies the choice now; for SYSTEM before the OS has answered, light now and dark when it says so. */
    public void apply(ThemeChoice choice) {
        applied = choice;
        switch (choice) {
            case LIGHT -> set(false);
            case DARK -> set(true);
            case SYSTEM -> {
                if (osPrefersDark.isDone()) {
                    set(osPrefersDark.join());
                } else {
                    set(false);
                    osPrefersDark.thenAccept(dark -> Platform.runLater(() -> {
                        if (applied == ThemeChoice.SYSTEM) {
                            set(dark);
                        }
                    }));
                }
            }
        }
    }

    private static void set(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
