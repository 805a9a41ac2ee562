package studio.quire.editor.revision;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.testsupport.WritersChapter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** quire.thin_revisions in SQL, on revisions backdated over a range of ages. */
class RevisionThinningTest {
    /** A Wednesday, half past noon UTC: "now" for every thinning here. */
    private static final Instant NOW = Instant.parse("2026-06-10T12:30:00Z");
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static TestDatabase.Org other;
    private static WritersChapter manuscript;
    private UUID section;

    @BeforeAll
    static void organizations() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Thinning");
        other = db.createOrg("Elsewhere");
        manuscript = new WritersChapter(db, org, "Thin");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void newSection() {
        section = manuscript.newSection();
    }

    @Test
    void thinRevisions_keepsExactlyThePolicysSurvivors_andNeverOtherKinds() throws Exception {
        Map<String, UUID> kept = new LinkedHashMap<>();
        List<UUID> pruned = new ArrayList<>();
        // Younger than an hour: all stay.
        kept.put("5 min", automatic(NOW.minus(Duration.ofMinutes(5))));
        kept.put("20 min", automatic(NOW.minus(Duration.ofMinutes(20))));
        kept.put("59 min", automatic(NOW.minus(Duration.ofMinutes(59))));
        // Within a day: the newest per hour (11:20 beats 11:10; 10:31 beats 10:20).
        kept.put("11:20", automatic(Instant.parse("2026-06-10T11:20:00Z")));
        pruned.add(automatic(Instant.parse("2026-06-10T11:10:00Z")));
        kept.put("10:31", automatic(Instant.parse("2026-06-10T10:31:00Z")));
        pruned.add(automatic(Instant.parse("2026-06-10T10:20:00Z")));
        // Within 30 days: the newest per day.
        kept.put("8 June evening", automatic(Instant.parse("2026-06-08T20:00:00Z")));
        pruned.add(automatic(Instant.parse("2026-06-08T08:00:00Z")));
        kept.put("31 May", automatic(Instant.parse("2026-05-31T10:00:00Z")));
        // Older: the newest per ISO week (Monday 27 April to Sunday 3 May; Sunday 26 April is the week before).
        kept.put("Friday 1 May", automatic(Instant.parse("2026-05-01T12:00:00Z")));
        pruned.add(automatic(Instant.parse("2026-04-30T12:00:00Z")));
        pruned.add(automatic(Instant.parse("2026-04-27T00:30:00Z")));
        kept.put("Sunday 26 April", automatic(Instant.parse("2026-04-26T23:00:00Z")));
        // Never thinned, however old and crowded.
        kept.put("named", revision("named", "A name", Instant.parse("2026-04-30T13:00:00Z")));
        kept.put("conflict", revision("conflict", null, Instant.parse("2026-04-30T14:00:00Z")));
        kept.put("approved", revision("approved", null, Instant.parse("2026-06-10T11:15:00Z")));
        kept.put("restored", revision("restored", "Restored from 1 May", Instant.parse("2026-06-10T11:05:00Z")));

        int removed = thinAs(org.writer(), section, NOW);

        assertThat(removed).isEqualTo(pruned.size());
        assertThat(revisionIds(section)).containsExactlyInAnyOrderElementsOf(kept.values());
        assertThat(thinAs(org.writer(), section, NOW)).as("a second thinning finds nothing more").isZero();
    }

    @Test
    void thinRevisions_writesOnePruneAuditRow_andDeleteRowsWithoutBodies() throws Exception {
        automatic(Instant.parse("2026-06-10T11:20:00Z"));
        UUID gone = automatic(Instant.parse("2026-06-10T11:10:00Z"));
        automatic(Instant.parse("2026-06-10T12:20:00Z"));

        thinAs(org.writer(), section, NOW);
        thinAs(org.writer(), section, NOW);

        try (Connection c = db.rawConnection(db.owner());
             PreparedStatement s = c.prepareStatement("select action, row_id, person_id is not null, new_row::text, old_row::text "
                     + "from quire.audit_log where table_name = 'revision' and action <> 'UPDATE' and (row_id = ? or row_id = ?) order by id")) {
            s.setString(1, section.toString());
            s.setString(2, gone.toString());
            ResultSet rs = s.executeQuery();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("INSERT");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("DELETE");
            assertThat(rs.getString(5)).contains("\"kind\": \"automatic\"").doesNotContain("\"body\"").doesNotContain("text at");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("PRUNE");
            assertThat(rs.getString(2)).isEqualTo(section.toString());
            assertThat(rs.getBoolean(3)).isTrue();
            assertThat(rs.getString(4)).contains("\"pruned\": 1").contains("\"automatic_kept\": 2")
                    .contains(section.toString()).doesNotContain("body").doesNotContain("text at");
            assertThat(rs.next()).as("one PRUNE row for the call that removed something, none for the empty one").isFalse();
        }
    }

    @Test
    void thinRevisions_byAnEditor_isRefused_andRemovesNothing() throws Exception {
        automatic(Instant.parse("2026-06-10T11:20:00Z"));
        automatic(Instant.parse("2026-06-10T11:10:00Z"));

        assertThatThrownBy(() -> thinAs(org.editor(), section, NOW))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        assertThat(revisionIds(section)).hasSize(2);
    }

    @Test
    void thinRevisions_ofAnotherOrganization_isRefused_evenForItsAdmin() throws Exception {
        automatic(Instant.parse("2026-06-10T11:20:00Z"));
        automatic(Instant.parse("2026-06-10T11:10:00Z"));

        for (String login : List.of(other.admin(), other.writer())) {
            assertThatThrownBy(() -> thinAs(login, section, NOW))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        assertThatThrownBy(() -> thinAs(other.writer(), UUID.randomUUID(), NOW))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        assertThat(revisionIds(section)).hasSize(2);
    }

    @Test
    void thinRevisions_consultantAndAdmin_mayThin() throws Exception {
        automatic(Instant.parse("2026-06-10T11:20:00Z"));
        automatic(Instant.parse("2026-06-10T11:10:00Z"));
        automatic(Instant.parse("2026-06-10T10:20:00Z"));
        automatic(Instant.parse("2026-06-10T10:10:00Z"));

        assertThat(thinAs(org.consultant(), section, Instant.parse("2026-06-10T12:30:00Z"))).isEqualTo(2);
        assertThat(thinAs(org.admin(), section, Instant.parse("2026-06-12T12:30:00Z"))).isEqualTo(1);
    }

    @Test
    void thinRevisions_asOfTheFuture_isRefused_andNoTimeMeansNow() throws Exception {
        automatic(Instant.parse("2026-06-10T11:20:00Z"));
        automatic(Instant.parse("2026-06-10T11:10:00Z"));

        assertThatThrownBy(() -> thinAs(org.writer(), section, Instant.now().plus(Duration.ofDays(400))))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22023"));
        assertThat(revisionIds(section)).hasSize(2);
        assertThat(thinAs(org.writer(), section, null)).isOne();
    }

    private int thinAs(String login, UUID node, Instant now) throws Exception {
        try (Connection c = db.rawConnection(db.as(login));
             PreparedStatement s = c.prepareStatement("select quire.thin_revisions(?, ?)")) {
            s.setObject(1, node);
            s.setTimestamp(2, now == null ? null : Timestamp.from(now));
            ResultSet rs = s.executeQuery();
            rs.next();
            return rs.getInt(1);
        }
    }

    private UUID automatic(Instant at) throws Exception {
        return revision("automatic", null, at);
    }

    /** Inserts as the owner (the stamp trigger sets created_at to now), then backdates as the superuser. */
    private UUID revision(String kind, String name, Instant at) throws Exception {
        UUID id;
        try (Connection c = db.rawConnection(db.owner());
             PreparedStatement s = c.prepareStatement("insert into quire.revision (org_id, node_id, kind, name, body, words, "
                     + "base_version) values (?, ?, ?, ?, ?, 3, 1) returning id")) {
            s.setObject(1, org.id());
            s.setObject(2, section);
            s.setString(3, kind);
            s.setString(4, name);
            s.setString(5, "The text at " + at + ".\n");
            ResultSet rs = s.executeQuery();
            rs.next();
            id = rs.getObject(1, UUID.class);
        }
        try (Connection c = db.rawConnection(db.superuser());
             PreparedStatement s = c.prepareStatement("update quire.revision set created_at = ? where id = ?")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setObject(2, id);
            assertThat(s.executeUpdate()).isOne();
        }
        return id;
    }

    private Set<UUID> revisionIds(UUID node) throws Exception {
        Set<UUID> ids = new HashSet<>();
        try (Connection c = db.rawConnection(db.owner());
             PreparedStatement s = c.prepareStatement("select id from quire.revision where node_id = ?")) {
            s.setObject(1, node);
            ResultSet rs = s.executeQuery();
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }
}
