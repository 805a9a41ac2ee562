package studio.quire.demo;

import studio.quire.admin.PeopleRepository;
import studio.quire.admin.Role;
import studio.quire.db.ConnectionTarget;
import studio.quire.db.Database;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.db.EmbeddedServer;
import studio.quire.db.LocalCredentials;
import studio.quire.goals.GoalsRepository;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The first run on the embedded server: the local person (an admin), a demo organization with a
 * writer, an editor and a consultant to switch to, and a sample project, so that one person can
 * try every role at once.
 */
public final class DemoWorkspace {
    public static final String ORGANIZATION = "Demo organisation";
    public static final String SAMPLE_PROJECT = "The Lighthouse Keeper";
    private static final Set<String> RESERVED = Set.of("postgres", "quire_owner", "quire_member", "demo_writer",
            "demo_editor", "demo_consultant");

    private DemoWorkspace() {
    }

    /** The sample novel's manuscript: a dozen short sections to open, write in and move around. */
    public static DemoBook sampleBook() {
        DemoBook generated = DemoManuscript.generate(6_000, 12, 7, SAMPLE_PROJECT);
        return new DemoBook(SAMPLE_PROJECT,
                "A sample novel to explore Quire with: a keeper, a storm, and a ship that should not be there.",
                generated.chapters());
    }

    /**
     * Creates the demo unless the local person exists; returns the local login (or the one
     * remembered from an earlier run). All or nothing: one owner transaction, so an interrupted
     * first run leaves no half-made demo behind (PostgreSQL's CREATE ROLE is transactional).
     */
    public static String ensure(EmbeddedServer server, ConnectionTarget owner, String rememberedLogin)
            throws DatabaseUnavailableException {
        LocalCredentials credentials = server.credentials();
        String login = rememberedLogin != null ? rememberedLogin : localLogin(System.getProperty("user.name"));
        try (Database ownerDb = Database.open(owner, 1)) {
            if (new PeopleRepository(ownerDb.dsl()).loginExists(login)) {
                return login;
            }
            Map<String, String> passwords = new LinkedHashMap<>();
            for (String person : List.of(login, "demo_writer", "demo_editor", "demo_consultant")) {
                passwords.put(person, credentials.passwordOrCreate(person));
            }
            ownerDb.dsl().transaction(cfg -> {
                PeopleRepository people = new PeopleRepository(cfg.dsl());
                UUID org = people.createOrganization(ORGANIZATION);
                people.addPerson(org, login, displayName(System.getProperty("user.name")), Role.ADMIN, passwords.get(login));
                people.addPerson(org, "demo_writer", "Wren Writer", Role.WRITER, passwords.get("demo_writer"));
                people.addPerson(org, "demo_editor", "Eddie Editor", Role.EDITOR, passwords.get("demo_editor"));
                people.addPerson(org, "demo_consultant", "Cora Consultant", Role.CONSULTANT, passwords.get("demo_consultant"));
                UUID sample = new DemoBookRepository(cfg.dsl()).createBook(org, sampleBook(), p -> { }).project().id();
                new GoalsRepository(cfg.dsl()).setGoal(sample, 80_000, LocalDate.now().plusMonths(6));
            });
            return login;
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Cannot write the local credentials: " + e.getMessage(), e);
        }
    }

    /** The OS user name made into a valid, unreserved PostgreSQL role name. */
    public static String localLogin(String osUser) {
        String login = osUser == null ? "" : osUser.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (login.isEmpty() || !Character.isLetter(login.charAt(0))) {
            login = "me_" + login;
        }
        if (login.length() < 2 || RESERVED.contains(login) || login.startsWith("pg_")) {
            login = "me_" + login;
        }
        return login.length() > 63 ? login.substring(0, 63) : login;
    }

    private static String displayName(String osUser) {
        String name = osUser == null || osUser.isBlank() ? "Me" : osUser;
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
