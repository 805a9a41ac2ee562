package studio.quire.compare;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.editor.store.SaveResult;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.editor.revision.RevisionEntry;
import studio.quire.editor.revision.RevisionRepository;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;
import studio.quire.manuscript.NodeKind;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.testsupport.WritersChapter;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studio.quire.db.schema.Tables.NODE_CONTENT;
import static studio.quire.db.schema.Tables.REVISION;

class ChapterHistoryRepositoryTest {
    /** Every stored moment is set to a fixed day, so no test depends on the clock. */
    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-03-02T12:00:00Z");

    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static ChapterHistoryRepository history;
    private static RevisionRepository revisions;
    private static SectionTextRepository texts;
    private static DSLContext owner;
    private WritersChapter manuscript;

    @BeforeAll
    static void organization() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Chapter history");
        DSLContext writerDsl = db.open(db.as(org.writer())).dsl();
        revisions = new RevisionRepository(writerDsl);
        texts = new SectionTextRepository(writerDsl);
        history = new ChapterHistoryRepository(db.open(db.as(org.editor())).dsl());
        owner = db.openOwner().dsl();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void newChapter() {
        manuscript = new WritersChapter(db, org, "History");
    }

    private UUID section(String title, String body) {
        UUID section = manuscript.newSection(title);
        if (!body.isEmpty()) {
            assertThat(texts.save(section, texts.load(section).version(), body)).isInstanceOf(SaveResult.Saved.class);
        }
        storedAt(section, NOON);
        return section;
    }

    private RevisionEntry keptAt(RevisionEntry revision, OffsetDateTime at) {
        owner.update(REVISION).set(REVISION.CREATED_AT, at).where(REVISION.ID.eq(revision.id())).execute();
        return revision;
    }

    private void save(UUID section, String body, OffsetDateTime at) {
        texts.save(section, texts.load(section).version(), body);
        storedAt(section, at);
    }

    private static void storedAt(UUID section, OffsetDateTime at) {
        owner.update(NODE_CONTENT).set(NODE_CONTENT.UPDATED_AT, at).where(NODE_CONTENT.NODE_ID.eq(section)).execute();
    }

    private static Document text(String markdown) {
        return MarkdownFormat.parse(markdown);
    }

    @Test
    void chapterSince_givesTheLiveSectionsInBinderOrder_withTitlesAndCurrentTexts() {
        UUID opening = section("Opening", "It begins.\n");
        UUID middle = section("Middle", "It goes on.\n");
        UUID ending = section("Ending", "It **ends**.\n");
        manuscript.tree().move(ending, manuscript.chapter(), 0);

        ChapterTexts chapter = history.chapterSince(manuscript.chapter(), NOON.plusHours(1));

        assertThat(chapter.chapterTitle()).isEqualTo("Chapter");
        assertThat(chapter.sections()).extracting(ComparedText::sectionId).containsExactly(ending, opening, middle);
        assertThat(chapter.sections()).extracting(ComparedText::title).containsExactly("Ending", "Opening", "Middle");
        assertThat(chapter.sections().get(0).newer()).isEqualTo(text("It **ends**.\n"));
    }

    @Test
    void chapterSince_beforeAnyRevision_hasEmptyOlderTexts() {
        section("Opening", "It begins.\n");
        UUID unwritten = section("Unwritten", "");

        ChapterTexts chapter = history.chapterSince(manuscript.chapter(), NOON.minusDays(1));

        assertThat(chapter.sections()).hasSize(2);
        assertThat(chapter.sections().get(0).older()).isEqualTo(Document.EMPTY);
        assertThat(chapter.sections().get(0).newer()).isEqualTo(text("It begins.\n"));
        assertThat(chapter.sections().get(1).sectionId()).isEqualTo(unwritten);
        assertThat(chapter.sections().get(1).older().blocks()).isEmpty();
        assertThat(chapter.sections().get(1).newer().blocks()).isEmpty();
    }

    @Test
    void chapterSince_takesTheNewestRevisionKeptByThen_whenTheTextChangedAfterwards() {
        UUID scene = section("Scene", "First draft.\n");
        keptAt(revisions.keepNamed(scene, "First"), NOON.minusHours(3));
        save(scene, "Second draft.\n", NOON.minusHours(2));
        keptAt(revisions.keepAutomatic(scene).orElseThrow(), NOON.minusHours(2));
        save(scene, "Third draft.\n", NOON);
        keptAt(revisions.keepAutomatic(scene).orElseThrow(), NOON);

        assertThat(history.chapterSince(manuscript.chapter(), NOON.minusMinutes(150)).sections().get(0).older())
                .isEqualTo(text("First draft.\n"));
        assertThat(history.chapterSince(manuscript.chapter(), NOON.minusHours(1)).sections().get(0).older())
                .isEqualTo(text("Second draft.\n"));
        assertThat(history.chapterSince(manuscript.chapter(), NOON.minusHours(1)).sections().get(0).newer())
                .isEqualTo(text("Third draft.\n"));
    }

    @Test
    void chapterSince_takesTheCurrentText_whenNothingWasStoredSince() {
        UUID scene = section("Scene", "Kept draft.\n");
        keptAt(revisions.keepNamed(scene, "Kept"), NOON.minusHours(3));
        save(scene, "Saved later, never kept as a revision.\n", NOON.minusHours(1));

        ComparedText text = history.chapterSince(manuscript.chapter(), NOON).sections().get(0);

        assertThat(text.older()).isEqualTo(text("Saved later, never kept as a revision.\n"));
        assertThat(text.older()).isEqualTo(text.newer());
    }

    @Test
    void chapterSince_ignoresConflictRevisions() {
        UUID scene = section("Scene", "Mine.\n");
        long staleVersion = texts.load(scene).version();
        keptAt(revisions.keepNamed(scene, "Mine"), NOON.minusHours(3));
        save(scene, "Theirs, saved first.\n", NOON);
        SaveResult lost = texts.save(scene, staleVersion, "Mine, which lost.\n");
        assertThat(lost).isInstanceOf(SaveResult.Conflict.class);
        owner.update(REVISION).set(REVISION.CREATED_AT, NOON.minusHours(2))
                .where(REVISION.NODE_ID.eq(scene)).and(REVISION.KIND.eq("conflict")).execute();

        ComparedText text = history.chapterSince(manuscript.chapter(), NOON.minusHours(1)).sections().get(0);

        assertThat(text.older()).isEqualTo(text("Mine.\n"));
        assertThat(text.newer()).isEqualTo(text("Theirs, saved first.\n"));
    }

    @Test
    void chapterSince_skipsTrashedSections() {
        UUID kept = section("Kept", "Stays.\n");
        UUID trashed = section("Trashed", "Goes.\n");
        manuscript.tree().trash(trashed);

        assertThat(history.chapterSince(manuscript.chapter(), NOON).sections())
                .extracting(ComparedText::sectionId).containsExactly(kept);
    }

    @Test
    void chapterSince_ofABookPartOrSection_walksItDepthFirst() {
        UUID book = manuscript.tree().find(manuscript.chapter()).orElseThrow().parentId();
        UUID part = manuscript.tree().create(manuscript.project(), book, NodeKind.PART, "Part Two").id();
        UUID later = manuscript.tree().create(manuscript.project(), part, NodeKind.CHAPTER, "Later").id();
        UUID laterSection = manuscript.tree().create(manuscript.project(), later, NodeKind.SECTION, "In part two").id();
        UUID first = section("In the first chapter", "One.\n");
        UUID second = section("Also in the first chapter", "Two.\n");

        ChapterTexts whole = history.chapterSince(book, NOON);

        assertThat(whole.chapterTitle()).isEqualTo("Book");
        assertThat(whole.sections()).extracting(ComparedText::sectionId).containsExactly(first, second, laterSection);
        assertThat(history.chapterSince(part, NOON).sections()).extracting(ComparedText::title)
                .containsExactly("In part two");
        ChapterTexts alone = history.chapterSince(second, NOON);
        assertThat(alone.chapterTitle()).isEqualTo("Also in the first chapter");
        assertThat(alone.sections()).extracting(ComparedText::sectionId).containsExactly(second);
    }

    @Test
    void chapterSince_ofAnotherOrganizationsOrATrashedChapter_isRefused() {
        section("Secret", "Not for strangers.\n");
        TestDatabase.Org other = db.createOrg("Strangers");
        ChapterHistoryRepository stranger = new ChapterHistoryRepository(db.open(db.as(other.writer())).dsl());

        assertThatThrownBy(() -> stranger.chapterSince(manuscript.chapter(), NOON))
                .isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> assertThat(e.sqlState()).isEqualTo("P0002"));
        assertThat(history.chapterSince(manuscript.chapter(), NOON).sections()).hasSize(1);
        manuscript.tree().trash(manuscript.chapter());
        assertThatThrownBy(() -> history.chapterSince(manuscript.chapter(), NOON))
                .isInstanceOf(RefusedByDatabaseException.class);
    }
}
