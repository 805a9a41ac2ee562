package studio.quire.editor.store;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.testsupport.WritersChapter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;

import studio.quire.text.RevisionKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studio.quire.db.schema.Tables.NODE_CONTENT;
import static studio.quire.db.schema.Tables.REVISION;

class SectionTextRepositoryTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static SectionTextRepository writer;
    private static SectionTextRepository consultant;
    private static SectionTextRepository editor;
    private static DSLContext owner;
    private static WritersChapter manuscript;
    private UUID section;

    @BeforeAll
    static void organization() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Texts");
        DSLContext writerDsl = db.open(db.as(org.writer())).dsl();
        writer = new SectionTextRepository(writerDsl);
        consultant = new SectionTextRepository(db.open(db.as(org.consultant())).dsl());
        editor = new SectionTextRepository(db.open(db.as(org.editor())).dsl());
        owner = db.openOwner().dsl();
        manuscript = new WritersChapter(db, org, "Texts");
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
    void save_storesTextAndCountsWords_versionGoesUpByOne() {
        SectionText empty = writer.load(section);
        assertThat(empty.body()).isEmpty();
        assertThat(empty.version()).isEqualTo(1);

        assertThat(writer.save(section, 1, "It was a *dark* night.\n")).isEqualTo(new SaveResult.Saved(2, 5));
        assertThat(writer.save(section, 2, "It was a *dark* and stormy night.\n")).isEqualTo(new SaveResult.Saved(3, 7));

        SectionText loaded = writer.load(section);
        assertThat(loaded.body()).isEqualTo("It was a *dark* and stormy night.\n");
        assertThat(loaded.version()).isEqualTo(3);
        assertThat(loaded.words()).isEqualTo(7);
        assertThat(loaded.updatedAt()).isNotNull();
        assertThat(manuscript.tree().loadTree(manuscript.project()))
                .filteredOn(n -> n.id().equals(manuscript.chapter())).singleElement()
                .satisfies(c -> assertThat(c.wordCount()).isGreaterThanOrEqualTo(7));
    }

    @Test
    void save_keepsTwentyThousandWords() {
        String body = words(20_000, 0);

        assertThat(writer.save(section, 1, body)).isEqualTo(new SaveResult.Saved(2, 20_000));
        assertThat(writer.load(section).body()).isEqualTo(body);
    }

    @Test
    void save_removesNulAndTurnsCarriageReturnsIntoLineFeeds() {
        writer.save(section, 1, "Null\0ified\r\n\r\nCarriage\rreturn\n");

        assertThat(writer.load(section).body()).isEqualTo("Nullified\n\nCarriage\nreturn\n");
    }

    @Test
    void save_fromAnOlderVersion_isAConflict_firstTextIntact_secondKeptAsConflictRevision() throws Exception {
        String secondHash = sha256("The second writer's text.\n");
        long base = writer.load(section).version();
        assertThat(writer.save(section, base, "The first writer's text.\n")).isInstanceOf(SaveResult.Saved.class);

        SaveResult second = consultant.save(section, base, "The second writer's text.\n");

        assertThat(second).isInstanceOfSatisfying(SaveResult.Conflict.class, conflict -> {
            assertThat(conflict.serverText().body()).isEqualTo("The first writer's text.\n");
            assertThat(conflict.serverText().version()).isEqualTo(base + 1);
            assertThat(writer.revisionBody(conflict.conflictRevisionId())).contains("The second writer's text.\n");
        });
        assertThat(owner.select(NODE_CONTENT.BODY).from(NODE_CONTENT).where(NODE_CONTENT.NODE_ID.eq(section))
                .fetchSingle(NODE_CONTENT.BODY)).isEqualTo("The first writer's text.\n");
        assertThat(writer.revisions(section)).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RevisionKind.CONFLICT);
            assertThat(r.baseVersion()).isEqualTo(base);
            assertThat(r.words()).isEqualTo(4);
            assertThat(r.contentHash()).isEqualTo(secondHash);
            assertThat(r.author()).isNotNull();
        });
    }

    @Test
    void save_retriedAfterALostAnswer_isSaved_withoutAConflict() {
        assertThat(writer.save(section, 1, "Landed before the crash.\n")).isEqualTo(new SaveResult.Saved(2, 4));

        assertThat(writer.save(section, 1, "Landed before the crash.\r\n")).isEqualTo(new SaveResult.Saved(2, 4));
        assertThat(writer.revisions(section)).isEmpty();
        assertThat(writer.load(section).version()).isEqualTo(2);
    }

    @Test
    void save_byAnEditor_isRefused_andChangesNothing() {
        writer.save(section, 1, "Mine.\n");

        assertThatThrownBy(() -> editor.save(section, 2, "The editor's rewrite.\n"))
                .isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
        assertThat(writer.load(section).body()).isEqualTo("Mine.\n");
        assertThat(writer.revisions(section)).isEmpty();
    }

    @Test
    void save_aSectionWithoutABodyRow_createsItAtVersionOne() {
        owner.deleteFrom(NODE_CONTENT).where(NODE_CONTENT.NODE_ID.eq(section)).execute();
        assertThat(writer.load(section).version()).isZero();

        assertThat(writer.save(section, 0, "A beginning.\n")).isEqualTo(new SaveResult.Saved(1, 2));
        assertThat(writer.load(section).body()).isEqualTo("A beginning.\n");
    }

    @Test
    void load_ofAnUnknownSection_isRefused() {
        assertThatThrownBy(() -> writer.load(UUID.randomUUID())).isInstanceOf(RefusedByDatabaseException.class);
    }

    @Test
    void saveNamedRevision_keepsTheCurrentText_listedNewestFirst() {
        writer.save(section, 1, "Draft one.\n");
        Revision first = writer.saveNamedRevision(section, "  Before the edit ");
        writer.save(section, 2, "Draft two, longer.\n");
        Revision second = writer.saveNamedRevision(section, "After the edit");

        assertThat(first.name()).isEqualTo("Before the edit");
        assertThat(first.kind()).isEqualTo(RevisionKind.NAMED);
        assertThat(first.baseVersion()).isEqualTo(2);
        assertThat(writer.revisionBody(first.id())).contains("Draft one.\n");
        assertThat(writer.revisionBody(second.id())).contains("Draft two, longer.\n");
        assertThat(writer.revisions(section)).extracting(Revision::id).containsExactly(second.id(), first.id());
        assertThat(editor.revisions(section)).hasSize(2);
    }

    @Test
    void saveNamedRevision_isAudited_withoutCopyingTheTextIntoTheAuditLog() {
        writer.save(section, 1, "A body that only the revision keeps.\n");
        UUID revision = writer.saveNamedRevision(section, "Audited").id();

        var audit = owner.select(studio.quire.db.schema.Tables.AUDIT_LOG.NEW_ROW).from(studio.quire.db.schema.Tables.AUDIT_LOG)
                .where(studio.quire.db.schema.Tables.AUDIT_LOG.TABLE_NAME.eq("revision"))
                .and(studio.quire.db.schema.Tables.AUDIT_LOG.ROW_ID.eq(revision.toString()))
                .fetchOne(studio.quire.db.schema.Tables.AUDIT_LOG.NEW_ROW);
        assertThat(audit).isNotNull();
        assertThat(audit.data()).contains("Audited").doesNotContain("only the revision keeps").doesNotContain("\"body\"");
    }

    @Test
    void revisions_cannotBeUpdatedByMembers_norConflictsDeleted() throws Exception {
        UUID revision = writer.saveNamedRevision(section, "Keep me").id();
        try (Connection c = db.rawConnection(db.as(org.admin())); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update quire.revision set body = 'gone' where id = '" + revision + "'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThat(s.executeUpdate("delete from quire.revision where id = '" + revision + "'")).isZero();
        }
        assertThat(owner.fetchExists(REVISION, REVISION.ID.eq(revision))).isTrue();
    }

    static String words(int count, int variant) {
        StringBuilder text = new StringBuilder(count * 8);
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : i % 100 == 0 ? "\n\n" : " ").append(i == variant ? "changed" : "word").append(i);
        }
        return text.append('\n').toString();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
