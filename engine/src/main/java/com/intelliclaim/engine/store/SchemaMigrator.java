package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.EngineException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Brings the schema of a store file up to this build's migrations. A file whose schema is newer than this build
 * (written by a later IntelliClaim) is refused before anything is touched: Flyway alone would only warn about such
 * "future" migrations, and this build would then misread tables it does not know.
 */
final class SchemaMigrator {
    static final String LOCATION = "classpath:db/migration/h2";

    private SchemaMigrator() {
    }

    static void migrate(StoreDatabase database) {
        Flyway flyway = configure(database.dataSource());
        try {
            refuseNewerSchema(database, flyway.info());
            flyway.migrate();
        } catch (FlywayException e) {
            SQLException sql = StoreErrors.findSqlException(e);
            if (sql != null) {
                throw StoreErrors.wrap(database.file(), "be opened", sql);
            }
            throw new EngineException("The local database in " + StoreErrors.folderOf(database.file())
                    + " could not be opened: its structure does not match this version of IntelliClaim ("
                    + e.getMessage() + ").", e);
        }
    }

    private static Flyway configure(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .loggers("slf4j")
                .load();
    }

    private static void refuseNewerSchema(StoreDatabase database, MigrationInfoService info) {
        boolean future = Arrays.stream(info.applied()).map(MigrationInfo::getState)
                .anyMatch(s -> s == MigrationState.FUTURE_SUCCESS || s == MigrationState.FUTURE_FAILED);
        if (future) {
            MigrationVersion stored = Objects.requireNonNull(info.current()).getVersion();
            MigrationVersion known = Arrays.stream(info.all()).filter(m -> m.getState().isResolved())
                    .map(MigrationInfo::getVersion).filter(Objects::nonNull).max(MigrationVersion::compareTo)
                    .orElse(MigrationVersion.EMPTY);
            throw new EngineException("The local database in " + StoreErrors.folderOf(database.file())
                    + " was written by a newer version of IntelliClaim (schema version " + stored
                    + "; this version knows up to " + known + "). Update IntelliClaim, or choose another data"
                    + " folder with --data.");
        }
    }
}
