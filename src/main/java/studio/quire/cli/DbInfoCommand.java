package studio.quire.cli;

import picocli.CommandLine.Command;
import studio.quire.admin.Identity;
import studio.quire.admin.PeopleRepository;
import studio.quire.session.Session;
import studio.quire.db.DatabaseProblems;
import studio.quire.db.ConnectionTarget;
import studio.quire.db.Database;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.db.Migrations;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "db-info", mixinStandardHelpOptions = true,
        description = "Shows where Quire's data is: mode, data directory, JDBC URL, server and schema versions, "
                + "and who is signed in.")
final class DbInfoCommand implements Callable<Integer> {
    private final CliContext context;

    DbInfoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws DatabaseUnavailableException {
        Optional<ConnectionTarget> server = context.serverTarget();
        if (server.isPresent()) {
            return server(server.get());
        }
        try (CliContext.SignedIn signedIn = context.signIn()) {
            Session session = signedIn.session();
            Migrations.SchemaStatus schema = Migrations.status(session.database().dataSource());
            print(session.mode(), session.database().target(), session.serverVersion(), schema, null);
            PrintStream out = context.out();
            out.printf("Signed in as:      %s (%s)%n", session.identity().displayName(), session.identity().loginName());
            out.printf("Organization:      %s (%s)%n", session.organization().orgName(), session.organization().role().label());
        }
        return 0;
    }

    /** Works for any role that can connect, Quire person or not, and with any schema state. */
    private int server(ConnectionTarget target) throws DatabaseUnavailableException {
        // Flyway's info holds one connection and asks for another.
        try (Database database = Database.open(target, 2)) {
            String version = database.serverVersion();
            Migrations.SchemaStatus schema = null;
            String schemaProblem = null;
            try {
                schema = Migrations.status(database.dataSource());
            } catch (RuntimeException e) {
                schemaProblem = "cannot be read by " + target.user() + " (" + DatabaseProblems.firstLine(e) + ")";
            }
            print(target.mode(), target, version, schema, schemaProblem);
            Optional<Identity> me;
            try {
                me = new PeopleRepository(database.dsl()).me();
            } catch (RuntimeException e) {
                me = Optional.empty();
            }
            PrintStream out = context.out();
            if (me.isEmpty()) {
                out.printf("Signed in as:      %s (not a Quire person)%n", target.user());
            } else {
                out.printf("Signed in as:      %s (%s)%n", me.get().displayName(), me.get().loginName());
                String orgs = me.get().memberships().isEmpty() ? "none"
                        : String.join(", ", me.get().memberships().stream()
                                .map(m -> m.orgName() + " (" + m.role().label() + ")").toList());
                out.printf("Organization:      %s%n", orgs);
            }
        }
        return 0;
    }

    private void print(ConnectionTarget.Mode mode, ConnectionTarget target, String serverVersion,
                       Migrations.SchemaStatus schema, String schemaProblem) {
        PrintStream out = context.out();
        out.printf("Mode:              %s%n", mode.label());
        out.printf("Data directory:    %s%n", context.directory().home());
        out.printf("JDBC URL:          %s%n", target.displayUrl());
        out.printf("Server version:    PostgreSQL %s%n", serverVersion);
        if (schema != null) {
            out.printf("Schema version:    %s (this Quire knows %s)%n",
                    schema.appliedVersion() == null ? "none" : schema.appliedVersion(), schema.knownVersion());
            schema.problem().ifPresent(p -> out.printf("Schema:            %s%n", p));
        } else {
            out.printf("Schema version:    %s%n", schemaProblem);
        }
    }
}
