package com.intelliclaim.app.settings;

import java.util.Optional;

/**
 * Keeps secrets (API keys) out of the plain settings file. Implementations: an encrypted file today; an OS keychain
 * can be added behind the same three methods. Not thread-safe; callers use one store from one thread.
 */
public interface SecretStore {
    /**
     * The secret saved under {@code name}, or empty when there is none.
     *
     * @throws SecretStoreException when a secret is saved but cannot be read back (damaged or foreign key file)
     */
    Optional<String> load(String name);

    /**
     * Saves {@code secret} under {@code name}, replacing any earlier one; a null or blank secret deletes it. The
     * change is on disk when the method returns.
     *
     * @throws SecretStoreException when it cannot be written
     */
    void save(String name, String secret);

    /** One sentence for the analyst saying where secrets are kept and how they are protected. */
    String protection();
}
