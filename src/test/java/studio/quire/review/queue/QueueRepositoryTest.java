package studio.quire.review.queue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.testsupport.WritersChapter;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import studio.quire.review.ReviewState;
import studio.quire.review.ReviewRepository;
import studio.quire.review.ReviewDecision;
import static org.assertj.core.api.Assertions.assertThat;

/** The review queue through its repository, as the writer and the editor of one organization. */
class QueueRepositoryTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static WritersChapter book;
    private static ReviewRepository writer;
    private static ReviewRepository editor;
    private static QueueRepository writersQueue;
    private static QueueRepository editorsQueue;
    private static SectionTextRepository texts;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Queue repository");
        book = new WritersChapter(db, org, "Reviewed book");
        var writers = db.open(db.as(org.writer())).dsl();
        var editors = db.open(db.as(org.editor())).dsl();
        writer = new ReviewRepository(writers);
        editor = new ReviewRepository(editors);
        writersQueue = new QueueRepository(writers);
        editorsQueue = new QueueRepository(editors);
        texts = new SectionTextRepository(writers);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static UUID sectionWithText(String text) {
        UUID section = book.newSection("Scene " + text.hashCode());
        texts.save(section, texts.load(section).version(), text);
        return section;
    }

    @Test
    void page_showsSubmittedTextToTheEditor_notToTheSubmitter_andADecisionTakesItAway() {
        UUID request = writer.submit(sectionWithText("A scene to review.\n"));

        assertThat(editorsQueue.page(QueueCursor.START, 50)).extracting(QueueItem::requestId).contains(request);
        assertThat(writersQueue.page(QueueCursor.START, 50)).extracting(QueueItem::requestId).doesNotContain(request);
        QueueItem item = editorsQueue.page(QueueCursor.START, 50).stream()
                .filter(i -> i.requestId().equals(request)).findFirst().orElseThrow();
        assertThat(item.stepName()).isEqualTo("Copy edit");
        assertThat(item.overdue()).isFalse();

        assertThat(editor.decide(request, 1, ReviewDecision.APPROVE, "")).isEqualTo(ReviewState.IN_REVIEW);

        assertThat(editorsQueue.page(QueueCursor.START, 50)).extracting(QueueItem::requestId).doesNotContain(request);
    }

    @Test
    void page_walksEveryItemOnce_aKeysetPageAtATime() {
        List<UUID> submitted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            submitted.add(writer.submit(sectionWithText("Scene number " + i + ".\n")));
        }

        List<UUID> seen = new ArrayList<>();
        QueueCursor cursor = QueueCursor.START;
        for (List<QueueItem> page = editorsQueue.page(cursor, 3); !page.isEmpty(); page = editorsQueue.page(cursor, 3)) {
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            page.forEach(item -> seen.add(item.requestId()));
            cursor = page.get(page.size() - 1).cursor();
        }

        assertThat(seen).doesNotHaveDuplicates().containsAll(submitted);
    }
}
