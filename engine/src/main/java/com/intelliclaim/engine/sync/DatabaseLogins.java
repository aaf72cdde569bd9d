package com.intelliclaim.engine.sync;

/** Where a password sign-in takes its user and password from when they live in a secret store. Thread-safe. */
interface DatabaseLogins {
    /**
     * The login to sign in with now; fetched on first use, then kept.
     *
     * @throws SyncException when the secret cannot be fetched or read (the message names the secret, never its value)
     */
    DatabaseLogin current();

    /**
     * Fetches the login again and keeps it: called after the server refused the kept one, since the secret may have
     * been rotated meanwhile.
     *
     * @throws SyncException as {@link #current()}
     */
    DatabaseLogin refreshed();
}
