package com.intelliclaim.engine.sync;

/**
 * The team's backend opened for one pass: the S3 document store (its bucket checked with a HEAD first, so a wrong
 * bucket or credentials are named before anything moves) and the PostgreSQL database (schema migrated). Close it to
 * release both.
 */
final class TeamBackend implements AutoCloseable {
    private final S3DocumentObjects objects;
    private final PostgresBackend database;

    private TeamBackend(S3DocumentObjects objects, PostgresBackend database) {
        this.objects = objects;
        this.database = database;
    }

    static TeamBackend open(SyncSettings settings) {
        S3DocumentObjects objects = S3DocumentObjects.open(settings.s3(), settings.credentials());
        try {
            objects.check();
            return new TeamBackend(objects, PostgresBackend.open(settings.database(),
                    DatabaseSignIn.dataSource(settings)));
        } catch (RuntimeException e) {
            objects.close();
            throw e;
        }
    }

    S3DocumentObjects objects() {
        return objects;
    }

    SyncWorker.Remote remote() {
        return new SyncWorker.Remote(objects, new PostgresSyncTarget(database));
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            objects.close();
        }
    }
}
