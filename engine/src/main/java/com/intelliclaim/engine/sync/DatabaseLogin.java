package com.intelliclaim.engine.sync;

/** A database user and password as a secret holds them. {@link #toString()} never shows the password. */
record DatabaseLogin(String user, String password) {
    DatabaseLogin {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a login needs a password");
        }
    }

    @Override
    public String toString() {
        return "DatabaseLogin[user=" + user + "]";
    }
}
