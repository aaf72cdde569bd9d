package com.intelliclaim.app.settings;

import java.io.IOException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one rule for the team backend's settings, for the window and the command line alike: each value from the
 * command line's options when given, else the environment variable, else what Settings saved (the password from the
 * {@link SecretStore}, the name from "Your name").
 */
public final class SyncSettingsResolver {
    private static final Logger log = LoggerFactory.getLogger(SyncSettingsResolver.class);

    private final Function<String, String> environment;
    private final SettingsStore store;
    private final SecretStore secrets;

    public SyncSettingsResolver(Function<String, String> environment, SettingsStore store, SecretStore secrets) {
        this.environment = environment;
        this.store = store;
        this.secrets = secrets;
    }

    /**
     * The layers put together, the saved ones read from the settings file and the secret store; check
     * {@link SyncValues#configured()} and call {@link SyncValues#settings} on the result. The password and the
     * Secrets Manager secret count as one choice: when options or environment give either, neither is taken from the
     * saved settings.
     *
     * @param options the command line's values
     * @throws SecretStoreException when a saved password cannot be decrypted and no higher layer gives one
     */
    public SyncValues resolve(SyncValues options) {
        SyncValues upper = options.or(SyncValues.fromEnvironment(environment));
        return upper.or(saved(!upper.signInGiven()));
    }

    /** The layers put together over saved values the caller has already read (the window keeps them). */
    public SyncValues resolve(SyncValues options, SyncValues saved) {
        SyncValues upper = options.or(SyncValues.fromEnvironment(environment));
        return upper.or(upper.signInGiven() ? saved.withoutSignIn() : saved);
    }

    private SyncValues saved(boolean wantSignIn) {
        Settings settings;
        try {
            settings = store.load();
        } catch (IOException e) {
            log.warn("Could not read the saved settings {}; the team backend comes from options and environment only",
                    store.path(), e);
            return SyncValues.NONE;
        }
        BackendSettings backend = settings.backend();
        SyncValues values = backend.values(wantSignIn && backend.configured() && backend.dbSecretId().isEmpty()
                ? savedPassword() : null, settings.analystName());
        return wantSignIn ? values : values.withoutSignIn();
    }

    private String savedPassword() {
        return secrets.load(BackendSettings.PASSWORD_SECRET).orElse(null);
    }
}
