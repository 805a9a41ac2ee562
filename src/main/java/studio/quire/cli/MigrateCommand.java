package studio.quire.cli;

import org.flywaydb.core.api.FlywayException;
import picocli.CommandLine.Command;
import studio.quire.session.DataDirectory;
import studio.quire.db.ConnectionTarget;
import studio.quire.db.DatabaseProblems;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.db.EmbeddedServer;
import studio.quire.db.EmbeddedSetup;
import studio.quire.db.LocalCredentials;
import studio.quire.db.Migrations;

import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Brings the database schema up to this Quire's version.",
            "Embedded: prepares the local server. Server (QUIRE_DB_URL): runs as QUIRE_DB_USER, "
                    + "which must be the schema's owner role."})
final class MigrateCommand implements Callable<Integer> {
    private final CliContext context;

    MigrateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws DatabaseUnavailableException {
        Optional<ConnectionTarget> server = context.serverTarget();
        return server.isPresent() ? server(server.get()) : embedded();
    }

    private int server(ConnectionTarget owner) throws DatabaseUnavailableException {
        var dataSource = EmbeddedSetup.dataSource(owner);
        try {
            int ran = Migrations.migrate(dataSource);
            report(ran, Migrations.status(dataSource));
            return 0;
        } catch (FlywayException e) {
            SQLException sql = DatabaseProblems.sqlCause(e);
            if (sql != null && sql.getSQLState() != null && sql.getSQLState().matches("08.*|28.*|3D000")) {
                throw DatabaseProblems.explain(owner, sql);
            }
            throw new DatabaseUnavailableException("Migrating as " + owner.user() + " failed: " + e.getMessage(), e);
        }
    }

    private int embedded() throws DatabaseUnavailableException {
        DataDirectory directory = context.directory();
        context.err().println("Starting the database…");
        try (EmbeddedServer server = EmbeddedServer.attachOrStart(directory.home(), directory.binariesCache())) {
            Integer pendingBefore = null;
            Optional<String> ownerPassword = server.credentials().password(LocalCredentials.OWNER);
            if (ownerPassword.isPresent()) {
                try {
                    pendingBefore = Migrations.status(EmbeddedSetup.dataSource(
                            server.target(LocalCredentials.OWNER, ownerPassword.get()))).pending();
                } catch (RuntimeException e) {
                    pendingBefore = null; // no database yet: prepare creates it
                }
            }
            ConnectionTarget owner = EmbeddedSetup.prepare(server);
            Migrations.SchemaStatus after = Migrations.status(EmbeddedSetup.dataSource(owner));
            if (pendingBefore == null) {
                context.out().printf("Created the embedded database in %s.%n", directory.home());
            }
            report(pendingBefore == null ? -1 : pendingBefore - after.pending(), after);
            return 0;
        }
    }

    private void report(int ran, Migrations.SchemaStatus status) {
        if (ran >= 0) {
            context.out().printf("Applied %d migration%s.%n", ran, ran == 1 ? "" : "s");
        } else {
            context.out().println("Applied all migrations.");
        }
        context.out().printf("Schema version %s (this Quire knows %s).%n", status.appliedVersion(), status.knownVersion());
    }
}
