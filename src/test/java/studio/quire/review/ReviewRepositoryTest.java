package studio.quire.review;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.testsupport.WritersChapter;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Decisions through the repository, as the writer and the editor of one organization. */
class ReviewRepositoryTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static WritersChapter book;
    private static ReviewRepository writer;
    private static ReviewRepository editor;
    private static SectionTextRepository texts;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Review repository");
        book = new WritersChapter(db, org, "Reviewed book");
        writer = new ReviewRepository(db.open(db.as(org.writer())).dsl());
        editor = new ReviewRepository(db.open(db.as(org.editor())).dsl());
        texts = new SectionTextRepository(db.open(db.as(org.writer())).dsl());
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
    void decide_refusesTheSubmitter_andTextChangedAfterSubmission_withTheDatabasesWords() {
        UUID section = sectionWithText("Before the change.\n");
        UUID request = writer.submit(section);

        assertThatThrownBy(() -> writer.decide(request, 1, ReviewDecision.APPROVE, ""))
                .isInstanceOf(RefusedByDatabaseException.class).hasMessageContaining("own submission");

        texts.save(section, texts.load(section).version(), "After the change.\n");

        assertThatThrownBy(() -> editor.decide(request, 1, ReviewDecision.APPROVE, ""))
                .isInstanceOf(RefusedByDatabaseException.class).hasMessageContaining("changed after it was submitted");
    }
}
