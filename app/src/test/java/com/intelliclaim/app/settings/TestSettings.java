package com.intelliclaim.app.settings;

import java.nio.file.Path;
import java.time.Duration;

/** The Settings screen's logic over the real stores in a test's folders, run on the test's thread. */
final class TestSettings {
    private TestSettings() {
    }

    /** A view model whose settings and secrets live in {@code config}, with {@code data} as the folder in use. */
    static SettingsViewModel model(Path config, Path data) {
        return new SettingsViewModel(new SettingsContext(new SettingsStore(config), new EncryptedFileSecretStore(config),
                new ConnectionTester(Duration.ofSeconds(5)), data), Runnable::run);
    }
}
