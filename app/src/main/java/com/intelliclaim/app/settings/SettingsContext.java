package com.intelliclaim.app.settings;

import com.intelliclaim.app.common.ImmediateTaskRunner;
import com.intelliclaim.app.common.TaskRunner;
import java.nio.file.Path;

/**
 * What the Settings screen works with.
 *
 * @param store           where settings are saved
 * @param secrets         where the API key is saved
 * @param tester          checks an LLM endpoint
 * @param dataFolderInUse the data folder this run opened (a change applies at the next start)
 * @param backendChecks   runs the team backend's "test connection" (network work, off the UI thread)
 */
public record SettingsContext(SettingsStore store, SecretStore secrets, ConnectionTester tester, Path dataFolderInUse,
                              TaskRunner backendChecks) {
    /** A context whose backend test runs on the caller's thread (tests). */
    public SettingsContext(SettingsStore store, SecretStore secrets, ConnectionTester tester, Path dataFolderInUse) {
        this(store, secrets, tester, dataFolderInUse, new ImmediateTaskRunner());
    }
}
