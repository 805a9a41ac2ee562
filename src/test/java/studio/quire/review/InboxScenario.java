package studio.quire.review;

import studio.quire.testsupport.TestDatabase;

import java.util.UUID;

/**
 * A {@link ReviewFixture} opened to the inbox's tests (another package): an organization of its
 * own whose people get notifications through real review actions, and plain SQL as the owner for
 * what no member may do (backdating, deleting).
 */
public final class InboxScenario {
    private final ReviewFixture fixture;
    private int scenes;

    private InboxScenario(ReviewFixture fixture) {
        this.fixture = fixture;
    }

    public static InboxScenario create(TestDatabase db, String orgName) {
        return new InboxScenario(ReviewFixture.create(db, orgName));
    }

    /** The writer submits a new section: both editors get an 'assigned' notification. Returns the request. */
    public UUID submitScene() {
        scenes++;
        UUID section = fixture.newSection(fixture.chapter(), "Scene " + scenes, "Scene number " + scenes + ".");
        return fixture.submit(fixture.writer(), section);
    }

    /** The editor asks for changes: the writer gets a 'decision' notification. */
    public void requestChanges(UUID request) {
        fixture.decide(fixture.editor(), request, 1, "request_changes", "Tighten the opening.");
    }

    /** The first column of the first row, as the schema owner (row-level security lets it see every row). */
    public Object asOwner(String sql, Object... args) {
        return fixture.call(fixture.owner(), sql, args);
    }

    /** Rows changed, as the schema owner. */
    public int updateAsOwner(String sql, Object... args) {
        return fixture.update(fixture.owner(), sql, args);
    }

    /** The title a request was given at submission. */
    public String titleOf(UUID request) {
        return (String) asOwner("select title from quire.review_request where id = ?::uuid", request);
    }

    public UUID person(String login) {
        return fixture.person(login);
    }

    public UUID org() {
        return fixture.org();
    }

    public String writer() {
        return fixture.writer();
    }

    public String editor() {
        return fixture.editor();
    }

    public String editor2() {
        return fixture.editor2();
    }
}
