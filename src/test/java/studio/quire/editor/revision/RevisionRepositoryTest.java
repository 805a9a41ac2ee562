package studio.quire.editor.revision;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.text.RevisionKind;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.testsupport.WritersChapter;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studio.quire.db.schema.Tables.REVISION;

class RevisionRepositoryTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static RevisionRepository writer;
    private static RevisionRepository editor;
    private static SectionTextRepository texts;
    private static DSLContext owner;
    private static WritersChapter manuscript;
    private UUID section;
    private long version;

    @BeforeAll
    static void organization() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Revisions");
        DSLContext writerDsl = db.open(db.as(org.writer())).dsl();
        writer = new RevisionRepository(writerDsl);
        editor = new RevisionRepository(db.open(db.as(org.editor())).dsl());
        texts = new SectionTextRepository(writerDsl);
        owner = db.openOwner().dsl();
        manuscript = new WritersChapter(db, org, "Revisions");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void newSection() {
        section = manuscript.newSection();
        version = texts.load(section).version();
    }

    private void save(String body) {
        texts.save(section, version, body);
        version = texts.load(section).version();
    }

    @Test
    void keepAutomatic_copiesTheStoredText_withWordsAddedAndRemovedSinceTheRevisionBefore() {
        save("It was a dark night.\n");
        RevisionEntry first = writer.keepAutomatic(section).orElseThrow();
        save("It was a stormy night, and cold.\n");
        RevisionEntry second = writer.keepAutomatic(section).orElseThrow();

        assertThat(first.kind()).isEqualTo(RevisionKind.AUTOMATIC);
        assertThat(first.words()).isEqualTo(5);
        assertThat(first.wordsAdded()).isEqualTo(5);
        assertThat(first.wordsRemoved()).isZero();
        assertThat(second.wordsAdded()).isEqualTo(3);
        assertThat(second.wordsRemoved()).isEqualTo(1);
        assertThat(second.authorName()).startsWith("Writer ");
        assertThat(writer.body(second.id())).contains("It was a stormy night, and cold.\n");
        assertThat(owner.select(REVISION.BASE_VERSION).from(REVISION).where(REVISION.ID.eq(second.id()))
                .fetchSingle(REVISION.BASE_VERSION)).isEqualTo((int) version);
    }

    @Test
    void keepAutomatic_ofUnchangedText_keepsNothing() {
        save("Unchanged.\n");
        writer.keepNamed(section, "Snapshot");

        assertThat(writer.keepAutomatic(section)).isEmpty();
        assertThat(writer.list(section)).hasSize(1);
    }

    @Test
    void keepNamed_keepsItEvenWhenUnchanged_listedNewestFirst() {
        save("Draft.\n");
        RevisionEntry automatic = writer.keepAutomatic(section).orElseThrow();
        RevisionEntry named = writer.keepNamed(section, "  Before the edit ");

        assertThat(named.name()).isEqualTo("Before the edit");
        assertThat(named.wordsAdded()).isZero();
        assertThat(named.wordsRemoved()).isZero();
        assertThat(writer.list(section)).extracting(RevisionEntry::id).containsExactly(named.id(), automatic.id());
        assertThat(editor.list(section)).extracting(RevisionEntry::id).containsExactly(named.id(), automatic.id());
    }

    @Test
    void keepRestored_keepsTheOldRevisionsText_asANeverPrunedRevision() {
        save("The first version of the scene.\n");
        RevisionEntry old = writer.keepNamed(section, "First");
        save("A rewrite.\n");
        writer.keepNamed(section, "Before restoring");

        RevisionEntry restored = writer.keepRestored(section, old.id(), "Restored from First");

        assertThat(restored.kind()).isEqualTo(RevisionKind.RESTORED);
        assertThat(restored.prunable()).isFalse();
        assertThat(restored.words()).isEqualTo(6);
        assertThat(restored.wordsAdded()).isEqualTo(6);
        assertThat(restored.wordsRemoved()).isEqualTo(2);
        assertThat(writer.body(restored.id())).contains("The first version of the scene.\n");
        assertThat(writer.list(section).get(0).id()).isEqualTo(restored.id());
    }

    @Test
    void keepRestored_ofARevisionOfAnotherSection_isRefused() {
        save("Mine.\n");
        RevisionEntry mine = writer.keepNamed(section, "Mine");
        UUID otherSection = manuscript.newSection("Other");

        assertThatThrownBy(() -> writer.keepRestored(otherSection, mine.id(), "Restored"))
                .isInstanceOf(RefusedByDatabaseException.class);
    }

    @Test
    void keepMerged_keepsTheGivenText_asANamedRestoredRevisionCountedAgainstTheNewest() {
        save("The cat sat on the mat.\n");
        RevisionEntry before = writer.keepNamed(section, "Before merging");
        String merged = "The dog sat on the **old** mat.\n\n> A quote & “kept” <as is>.\n";

        RevisionEntry kept = writer.keepMerged(section, merged, "  Merged with the revision of 3 May ");

        assertThat(kept.kind()).isEqualTo(RevisionKind.RESTORED);
        assertThat(kept.prunable()).isFalse();
        assertThat(kept.name()).isEqualTo("Merged with the revision of 3 May");
        assertThat(kept.sectionId()).isEqualTo(section);
        assertThat(kept.words()).isEqualTo(12);
        assertThat(kept.wordsAdded()).isEqualTo(7);
        assertThat(kept.wordsRemoved()).isEqualTo(1);
        assertThat(writer.body(kept.id())).contains(merged);
        assertThat(writer.list(section)).extracting(RevisionEntry::id).containsExactly(kept.id(), before.id());
        assertThat(editor.list(section).get(0)).isEqualTo(kept);
        assertThat(texts.load(section).body()).isEqualTo("The cat sat on the mat.\n");
    }

    @Test
    void keepMerged_byAnEditorOrAnotherOrganization_isRefusedAndKeepsNothing() {
        save("Ours.\n");
        TestDatabase.Org other = db.createOrg("Other revisions");
        RevisionRepository stranger = new RevisionRepository(db.open(db.as(other.writer())).dsl());

        assertThatThrownBy(() -> stranger.keepMerged(section, "Theirs.\n", "Merged"))
                .isInstanceOf(RefusedByDatabaseException.class);
        assertThatThrownBy(() -> editor.keepMerged(section, "Edited.\n", "Merged"))
                .isInstanceOf(RefusedByDatabaseException.class);
        assertThat(stranger.list(section)).isEmpty();
        assertThat(writer.list(section)).isEmpty();
    }

    @Test
    void editor_canListAndRead_butNotKeepOrThin() {
        save("Text.\n");
        RevisionEntry kept = writer.keepNamed(section, "Kept");

        assertThat(editor.body(kept.id())).contains("Text.\n");
        assertThatThrownBy(() -> editor.keepNamed(section, "Mine now")).isInstanceOf(RefusedByDatabaseException.class);
        save("Changed text.\n");
        assertThatThrownBy(() -> editor.keepAutomatic(section)).isInstanceOf(RefusedByDatabaseException.class);
        assertThatThrownBy(() -> editor.thin(section))
                .isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
        assertThat(writer.list(section)).extracting(RevisionEntry::id).containsExactly(kept.id());
    }

    @Test
    void thin_removesOlderAutomaticRevisionsOfTheSameHour() {
        save("One.\n");
        writer.keepAutomatic(section);
        save("One two.\n");
        writer.keepAutomatic(section);
        save("One two three.\n");
        RevisionEntry newest = writer.keepAutomatic(section).orElseThrow();

        // Backdated into one hour of a fixed day, so the test does not depend on the clock.
        OffsetDateTime hour = OffsetDateTime.parse("2026-03-02T10:00:00Z");
        var newestFirst = writer.list(section);
        for (int i = 0; i < newestFirst.size(); i++) {
            owner.update(REVISION).set(REVISION.CREATED_AT, hour.plusMinutes(10L * (newestFirst.size() - i)))
                    .where(REVISION.ID.eq(newestFirst.get(i).id())).execute();
        }

        assertThat(writer.thin(section, hour.plusMinutes(50))).isZero();
        assertThat(writer.thin(section, hour.plusHours(3))).isEqualTo(2);
        assertThat(writer.thin(section)).isZero();
        assertThat(writer.list(section)).extracting(RevisionEntry::id).containsExactly(newest.id());
    }

    @Test
    void list_ofAnUnknownSection_isEmpty() {
        assertThat(writer.list(UUID.randomUUID())).isEmpty();
        assertThat(writer.body(UUID.randomUUID())).isEmpty();
    }

    @Test
    void list_afterTheSectionWasSubmittedAndApproved_showsTheReviewsRevisions_andKeepsTheNamedOnes() {
        save("It was a dark night.\n");
        writer.keepNamed(section, "First draft");
        Object request = db.open(db.as(org.writer())).dsl().fetchValue("select quire.submit_for_review(?::uuid)", section);
        assertThat(request).isNotNull();
        db.open(db.as(org.editor())).dsl().execute("select quire.decide_review(?::uuid, 1, 'approve', null)", request);
        db.open(db.as(org.admin())).dsl().execute("select quire.decide_review(?::uuid, 2, 'approve', null)", request);

        assertThat(writer.list(section)).extracting(r -> r.kind().dbName())
                .containsExactly("approved", "submitted", "named");
        assertThat(writer.list(section).get(2).name()).isEqualTo("First draft");
    }
}
