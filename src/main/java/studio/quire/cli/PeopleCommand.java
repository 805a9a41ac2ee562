package studio.quire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import studio.quire.admin.Member;
import studio.quire.admin.Membership;
import studio.quire.admin.PeopleRepository;
import studio.quire.admin.Role;
import studio.quire.db.ConnectionTarget;
import studio.quire.db.Database;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.db.EmbeddedServer;
import studio.quire.db.LocalCredentials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/** {@code quire people …}: an admin manages the people of an organization. */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = "Manages the people of an organization (admins only; the database checks).")
final class PeopleCommand implements Runnable {
    @Spec
    CommandSpec spec;

    static CommandLine commandLine(CliContext context) {
        CommandLine people = new CommandLine(new PeopleCommand());
        people.addSubcommand(new Add(context));
        people.addSubcommand(new ListPeople(context));
        people.addSubcommand(new ChangeRole(context));
        people.addSubcommand(new Deactivate(context));
        return people;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: add, list, role or deactivate.");
    }

    /** The organization option shared by every people command. */
    abstract static class InOrganization {
        @Option(names = "--org", paramLabel = "NAME",
                description = "The organization (default: the signed-in person's first one).")
        String organization;

        final CliContext context;

        InOrganization(CliContext context) {
            this.context = context;
        }

        /** Signs in, finds the organization, and runs {@code action} with the person's repository. */
        int inOrganization(OrganizationAction action) throws DatabaseUnavailableException {
            try (CliContext.SignedIn signedIn = context.signIn()) {
                action.run(new PeopleRepository(signedIn.session().database().dsl()), signedIn.organization(organization));
            }
            return 0;
        }

        /** What a people command does once signed in. */
        interface OrganizationAction {
            void run(PeopleRepository people, Membership org);
        }

        static Member member(PeopleRepository people, Membership org, String login) {
            return people.members(org.orgId()).stream()
                    .filter(m -> m.loginName().equals(login))
                    .findFirst()
                    .orElseThrow(() -> new CliFailure(login + " is not a member of " + org.orgName() + "."));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds a person (a new login) to the organization, or re-activates them with a role.",
                "Embedded: a password is generated and stored locally, so the studio can switch to them. "
                        + "Server: the password is read from stdin (--password-stdin) or generated and printed once."})
    static final class Add extends InOrganization implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "LOGIN", description = "Login name: lowercase letters, digits, _.")
        String login;

        @Option(names = "--name", required = true, paramLabel = "\"Display Name\"", description = "The person's name.")
        String displayName;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "writer, editor, consultant or admin.")
        Role role;

        @Option(names = "--password-stdin", description = "Server mode: read the password from the first line of stdin.")
        boolean passwordFromStdin;

        Add(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws DatabaseUnavailableException, IOException {
            Optional<ConnectionTarget> server = context.serverTarget();
            if (server.isPresent()) {
                try (Database database = Database.open(server.get(), 2)) {
                    PeopleRepository owner = new PeopleRepository(database.dsl());
                    if (owner.isSchemaOwner()) {
                        return addAsOwner(owner);
                    }
                }
            }
            try (CliContext.SignedIn signedIn = context.signIn()) {
                Membership org = signedIn.organization(organization);
                PeopleRepository people = new PeopleRepository(signedIn.session().database().dsl());
                if (people.loginExists(login)) {
                    people.addPerson(org.orgId(), login, displayName, role, null);
                    context.out().printf("Added %s to %s as %s; they already had a login and keep their password.%n",
                            login, org.orgName(), role.dbName());
                    return 0;
                }
                Optional<EmbeddedServer> embedded = signedIn.opener().embeddedServer();
                String password = passwordFromStdin ? readPassword() : LocalCredentials.newPassword();
                people.addPerson(org.orgId(), login, displayName, role, password);
                if (embedded.isPresent()) {
                    embedded.get().credentials().put(login, password);
                }
                context.out().printf("Added %s (%s) to %s as %s.%n", displayName, login, org.orgName(), role.dbName());
                if (!passwordFromStdin && embedded.isEmpty()) {
                    context.out().printf("Password for %s (shown only once): %s%n", login, password);
                }
            }
            return 0;
        }

        /**
         * A new team server has no people yet: its owner role adds the first ones (an admin
         * first), creating the organization named by --org if it does not exist.
         */
        private int addAsOwner(PeopleRepository owner) throws IOException {
            if (organization == null) {
                throw new CliFailure("As the owner role, say which organization with --org NAME (it is created if new).");
            }
            UUID orgId = owner.organizationNamed(organization).orElseGet(() -> {
                UUID created = owner.createOrganization(organization);
                context.out().printf("Created the organization %s.%n", organization);
                return created;
            });
            String password = passwordFromStdin ? readPassword() : LocalCredentials.newPassword();
            owner.addPerson(orgId, login, displayName, role, password);
            context.out().printf("Added %s (%s) to %s as %s.%n", displayName, login, organization, role.dbName());
            if (!passwordFromStdin) {
                context.out().printf("Password for %s (shown only once): %s%n", login, password);
            }
            return 0;
        }

        private String readPassword() throws IOException {
            String line = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isBlank()) {
                throw new CliFailure("--password-stdin: no password on the first line of stdin.");
            }
            return line.strip();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the organization's people.")
    static final class ListPeople extends InOrganization implements Callable<Integer> {
        ListPeople(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws DatabaseUnavailableException {
            return inOrganization((people, org) -> {
                List<Member> members = people.members(org.orgId());
                int loginWidth = Math.max(5, members.stream().mapToInt(m -> m.loginName().length()).max().orElse(0));
                int nameWidth = Math.max(4, members.stream().mapToInt(m -> m.displayName().length()).max().orElse(0));
                String format = "%-" + loginWidth + "s  %-" + nameWidth + "s  %-10s  %s%n";
                context.out().printf(format, "LOGIN", "NAME", "ROLE", "ACTIVE");
                for (Member m : members) {
                    context.out().printf(format, m.loginName(), m.displayName(), m.role().dbName(), m.active() ? "yes" : "no");
                }
            });
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Changes a person's role.")
    static final class ChangeRole extends InOrganization implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Parameters(index = "1", paramLabel = "ROLE", description = "writer, editor, consultant or admin.")
        Role role;

        ChangeRole(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws DatabaseUnavailableException {
            return inOrganization((people, org) -> {
                people.setRole(org.orgId(), member(people, org, login).personId(), role);
                context.out().printf("%s is now %s in %s.%n", login, role.dbName(), org.orgName());
            });
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true,
            description = "Deactivates a person's membership (their work stays).")
    static final class Deactivate extends InOrganization implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        Deactivate(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws DatabaseUnavailableException {
            return inOrganization((people, org) -> {
                people.deactivate(org.orgId(), member(people, org, login).personId());
                context.out().printf("%s is no longer active in %s.%n", login, org.orgName());
            });
        }
    }
}
