package com.intelliclaim.engine.sync;

/** Makes IAM database authentication tokens (signed locally; no request is sent to make one). */
@FunctionalInterface
public interface IamTokens {
    /** A fresh token for this host, port and database user; valid 15 minutes. */
    String token(String host, int port, String user);
}
