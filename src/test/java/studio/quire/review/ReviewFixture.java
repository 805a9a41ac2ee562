package studio.quire.review;

import org.postgresql.util.PasswordUtil;
import studio.quire.db.ConnectionTarget;
import studio.quire.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * An organization of its own for one review scenario (a writer, two editors, an admin and a
 * consultant, so template changes and requests never leak between tests) with a book → chapter →
 * two sections that hold text, and helpers that run plain SQL as one of those people over JDBC,
 * the way someone with psql would: no repository stands between the test and the database rules.
 * Every call opens its own connection and commits on its own (auto-commit).
 */
public final class ReviewFixture {
    static final String OPENING = "The harbour was quiet the night the ferry did not come.";
    static final String ENDING = "By morning the whole island knew.";

    private final TestDatabase db;
    private final UUID org;
    private final Map<String, UUID> people;
    private final String admin;
    private final String writer;
    private final String editor;
    private final String editor2;
    private final String consultant;
    private UUID project;
    private UUID book;
    private UUID chapter;
    private UUID section1;
    private UUID section2;

    private ReviewFixture(TestDatabase db, UUID org, Map<String, UUID> people, List<String> logins) {
        this.db = db;
        this.org = org;
        this.people = people;
        this.admin = logins.get(0);
        this.writer = logins.get(1);
        this.editor = logins.get(2);
        this.editor2 = logins.get(3);
        this.consultant = logins.get(4);
    }

    /** A new organization (its default template comes from the organization trigger) with a chapter of two sections. */
    public static ReviewFixture create(TestDatabase db, String orgName) {
        try (Connection owner = db.rawConnection(db.owner())) {
            UUID org = (UUID) value(owner, "select quire.create_organization(?::text)", orgName);
            Map<String, UUID> people = new HashMap<>();
            List<String> logins = new ArrayList<>();
            String[][] members = {{"admin", "admin"}, {"writer", "writer"}, {"editor", "editor"}, {"editor", "editor"},
                    {"consultant", "consultant"}};
            for (String[] member : members) {
                String login = TestDatabase.uniqueLogin(member[0]);
                String verifier = PasswordUtil.encodeScramSha256(TestDatabase.passwordOf(login).toCharArray());
                UUID person = (UUID) value(owner, "select quire.add_person(?::uuid, ?::text, ?::text, ?::text, ?::text)",
                        org, login, "Person " + login, member[1], verifier);
                people.put(login, person);
                logins.add(login);
            }
            ReviewFixture fixture = new ReviewFixture(db, org, people, logins);
            fixture.writeChapter();
            return fixture;
        } catch (Exception e) {
            throw new IllegalStateException("The review fixture could not be built", e);
        }
    }

    private void writeChapter() {
        project = (UUID) call(writer, "insert into quire.project (org_id, kind, title) values (?::uuid, 'book', 'Harbour') returning id",
                org);
        book = (UUID) call(writer, "select quire.insert_node(?::uuid, null::uuid, 'book', 'Harbour', null::int)", project);
        chapter = newChapter("The ferry");
        section1 = newSection(chapter, "Night", OPENING);
        section2 = newSection(chapter, "Morning", ENDING);
    }

    /** A chapter at the end of the book, without sections. */
    UUID newChapter(String title) {
        return (UUID) call(writer, "select quire.insert_node(?::uuid, ?::uuid, 'chapter', ?::text, null::int)", project, book, title);
    }

    /** A section at the end of the chapter, with this text, written by the writer. */
    public UUID newSection(UUID parent, String title, String body) {
        UUID section = (UUID) call(writer, "select quire.insert_node(?::uuid, ?::uuid, 'section', ?::text, null::int)",
                project, parent, title);
        edit(writer, section, body);
        return section;
    }

    /** Saves a section's text the way SectionTextRepository does. */
    void edit(String login, UUID section, String body) {
        int changed = update(login, """
                update quire.node_content set body = ?::text, word_count = ?::int, version = version + 1
                where node_id = ?::uuid""", body, body.isBlank() ? 0 : body.trim().split("\\s+").length, section);
        assertThat(changed).as("%s saved the section", login).isEqualTo(1);
    }

    public UUID submit(String login, UUID node) {
        return (UUID) call(login, "select quire.submit_for_review(?::uuid)", node);
    }

    String decide(String login, UUID request, int step, String decision, String comment) {
        return (String) call(login, "select quire.decide_review(?::uuid, ?::int, ?::text, ?::text)",
                request, step, decision, comment);
    }

    public String approve(String login, UUID request, int step) {
        return decide(login, request, step, "approve", null);
    }

    /** Starts a comment thread on words of a section of a request, as this login; returns its id. */
    UUID comment(String login, UUID request, UUID section, int start, int end, String quote, String body) {
        return (UUID) call(login, "select quire.add_review_comment(?::uuid, ?::uuid, ?::int, ?::int, ?::text, ?::text)",
                request, section, start, end, quote, body);
    }

    /** Replies to a thread (or tries to reply to any comment), as this login; returns the reply's id. */
    UUID reply(String login, UUID thread, String body) {
        return (UUID) call(login, "select quire.reply_review_comment(?::uuid, ?::text)", thread, body);
    }

    /** Resolves ({@code true}) or reopens a thread, as this login. */
    void resolve(String login, UUID thread, boolean resolved) {
        call(login, "select quire.resolve_review_thread(?::uuid, ?::boolean)::text", thread, resolved);
    }

    /** The default template of this organization. */
    UUID defaultTemplate() {
        return (UUID) call(admin, "select id from quire.workflow_template where org_id = ?::uuid and is_default", org);
    }

    /** The first column of the first row (null when there is none), as this login. */
    public Object call(String login, String sql, Object... args) {
        return call(db.as(login), sql, args);
    }

    public Object call(ConnectionTarget target, String sql, Object... args) {
        try (Connection c = db.rawConnection(target)) {
            return value(c, sql, args);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row, as lists of column values, as this login. */
    List<List<Object>> rows(String login, String sql, Object... args) {
        return rows(db.as(login), sql, args);
    }

    List<List<Object>> rows(ConnectionTarget target, String sql, Object... args) {
        try (Connection c = db.rawConnection(target); PreparedStatement ps = prepare(c, sql, args);
             ResultSet rs = ps.executeQuery()) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows changed by an insert, update or delete, as this login. */
    public int update(String login, String sql, Object... args) {
        return update(db.as(login), sql, args);
    }

    public int update(ConnectionTarget target, String sql, Object... args) {
        try (Connection c = db.rawConnection(target); PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The error this login gets for the statement; fails the test when it succeeds. */
    SQLException refusal(String login, String sql, Object... args) {
        return refusal(db.as(login), sql, args);
    }

    SQLException refusal(ConnectionTarget target, String sql, Object... args) {
        try (Connection c = db.rawConnection(target); PreparedStatement ps = prepare(c, sql, args)) {
            ps.execute();
        } catch (SQLException e) {
            return e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return fail("%s was allowed to run: %s", target.user(), sql);
    }

    public long count(String sql, Object... args) {
        return ((Number) call(owner(), sql, args)).longValue();
    }

    static Object value(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            if (!ps.execute()) {
                return null;
            }
            try (ResultSet rs = ps.getResultSet()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                ps.setNull(i + 1, java.sql.Types.VARCHAR);
            } else {
                ps.setObject(i + 1, args[i]);
            }
        }
        return ps;
    }

    public ConnectionTarget owner() {
        return db.owner();
    }

    TestDatabase db() {
        return db;
    }

    public UUID person(String login) {
        return people.get(login);
    }

    UUID org() {
        return org;
    }

    public String admin() {
        return admin;
    }

    public String writer() {
        return writer;
    }

    public String editor() {
        return editor;
    }

    public String editor2() {
        return editor2;
    }

    String consultant() {
        return consultant;
    }

    public UUID project() {
        return project;
    }

    public UUID chapter() {
        return chapter;
    }

    public UUID section1() {
        return section1;
    }

    public UUID section2() {
        return section2;
    }

    /** A statement that failed: unchecked, with the SQLException (and its SQLSTATE) as the cause. */
    static final class SqlFailure extends RuntimeException {
        SqlFailure(SQLException cause) {
            super(cause.getSQLState() + ": " + cause.getMessage(), cause);
        }

        String sqlState() {
            return ((SQLException) getCause()).getSQLState();
        }
    }
}
