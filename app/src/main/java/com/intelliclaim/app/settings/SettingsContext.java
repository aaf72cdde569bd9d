package com.intelliclaim.app.settings;

import java.nio.file.Path;

/**
 * What the Settings screen works with.
 *
 * @param store           where settings are saved
 * @param secrets         where the API key is saved
 * @param tester          checks an LLM endpoint
 * @param dataFolderInUse the data folder this run opened (a change applies at the next start)
 */
public record SettingsContext(SettingsStore store, SecretStore secrets, ConnectionTester tester, Path dataFolderInUse) {
}
