package studio.quire.review.comment;

import studio.quire.editor.store.SectionTextRepository;
import studio.quire.review.ReviewRepository;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.WritersChapter;

import java.util.UUID;

/**
 * An organization of its own (a writer, an editor, an admin, a consultant) whose writer submits
 * sections for review, and each person's comment repository on their own connection.
 */
final class CommentScene {
    final TestDatabase.Org org;
    final CommentRepository writer;
    final CommentRepository editor;
    final CommentRepository admin;
    final CommentRepository consultant;
    final ReviewRepository reviews;
    final ReviewRepository editorReviews;
    final SectionTextRepository texts;
    private final WritersChapter book;

    CommentScene(TestDatabase db, String name) {
        org = db.createOrg(name);
        book = new WritersChapter(db, org, name + " book");
        writer = new CommentRepository(db.open(db.as(org.writer())).dsl());
        editor = new CommentRepository(db.open(db.as(org.editor())).dsl());
        admin = new CommentRepository(db.open(db.as(org.admin())).dsl());
        consultant = new CommentRepository(db.open(db.as(org.consultant())).dsl());
        reviews = new ReviewRepository(db.open(db.as(org.writer())).dsl());
        editorReviews = new ReviewRepository(db.open(db.as(org.editor())).dsl());
        texts = new SectionTextRepository(db.open(db.as(org.writer())).dsl());
    }

    /** A new section with this text (stored Markdown), submitted for review by the writer. */
    Submitted submit(String markdown) {
        UUID section = book.newSection("Scene " + markdown.hashCode());
        texts.save(section, texts.load(section).version(), markdown);
        return new Submitted(section, reviews.submit(section));
    }

    /** The editor rejects the request at its first step: it is discarded. */
    void reject(Submitted submitted) {
        editorReviews.decide(submitted.request(), 1, studio.quire.review.ReviewDecision.REJECT, "Not yet.");
    }

    /** Changes a section's text, as the writer. */
    void edit(UUID section, String markdown) {
        texts.save(section, texts.load(section).version(), markdown);
    }

    record Submitted(UUID section, UUID request) {
    }
}
