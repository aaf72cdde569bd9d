package com.intelliclaim.engine.sync;

/** How the app signs in to the team's PostgreSQL: a password, or an IAM database auth token made per connection. */
public enum DatabaseAuth {
    PASSWORD,
    IAM
}
