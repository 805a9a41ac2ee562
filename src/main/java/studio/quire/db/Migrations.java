package studio.quire.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The schema's migrations (db/migration on the class path), applied by the owner role only.
 * People's connections merely check that the schema matches this build of the app.
 */
public final class Migrations {
    public static final String SCHEMA = "quire";

    private Migrations() {
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .validateMigrationNaming(true)
                .loggers("slf4j")
                .load();
    }

    /** Applies pending migrations as the owner; returns how many ran. */
    public static int migrate(DataSource ownerDataSource) {
        MigrateResult result = flyway(ownerDataSource).migrate();
        return result.migrationsExecuted;
    }

    /**
     * Checks that the schema is exactly what this app expects, and explains what to do if not.
     * Reads the history as a person: quire_member may read flyway_schema_history.
     */
    public static SchemaStatus status(DataSource dataSource) {
        MigrationInfoService info = flyway(dataSource).info();
        Optional<MigrationInfo> current = Optional.ofNullable(info.current());
        String applied = current.map(i -> i.getVersion().getVersion()).orElse(null);
        String known = Arrays.stream(info.all())
                .filter(i -> i.getState().isResolved())
                .map(MigrationInfo::getVersion)
                // Flyway's own rows (such as the schema-creation marker) carry no version.
                .filter(Objects::nonNull)
                .max(MigrationVersion::compareTo)
                .map(MigrationVersion::getVersion)
                .orElse("0");
        boolean future = Arrays.stream(info.applied()).anyMatch(i -> i.getState() == MigrationState.FUTURE_SUCCESS
                || i.getState() == MigrationState.FUTURE_FAILED);
        return new SchemaStatus(applied, known, info.pending().length, future);
    }

    /** Where the database's schema stands compared with this build. */
    public record SchemaStatus(String appliedVersion, String knownVersion, int pending, boolean newerThanApp) {
        public boolean isCurrent() {
            return appliedVersion != null && pending == 0 && !newerThanApp;
        }

        /** For the UI and CLI: what is wrong and what to do, or empty when all is well. */
        public Optional<String> problem() {
            if (newerThanApp) {
                return Optional.of("The database schema (version " + appliedVersion + ") is newer than this Quire ("
                        + knownVersion + "). Update Quire before using this database.");
            }
            if (appliedVersion == null) {
                return Optional.of("This database has no Quire schema yet. An administrator runs "
                        + "`quire migrate` as the owner role (quire_owner) first.");
            }
            if (pending > 0) {
                return Optional.of("The database schema (version " + appliedVersion + ") is older than this Quire ("
                        + knownVersion + "). An administrator runs `quire migrate` as the owner role to upgrade it.");
            }
            return Optional.empty();
        }
    }
}
