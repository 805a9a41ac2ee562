package studio.quire.editor.revision;

import org.jooq.DSLContext;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.NodeKind;
import studio.quire.project.ProjectKind;
import studio.quire.project.ProjectRepository;
import studio.quire.testsupport.TestDatabase;

import java.util.UUID;

/** A project with one chapter in a test database, and sections with text saved as the writer. */
final class RevisionFixture {
    final TestDatabase.Org org;
    final DSLContext writerDsl;
    final DSLContext editorDsl;
    final SectionTextRepository texts;
    final ManuscriptTreeRepository tree;
    final UUID project;
    final UUID chapter;

    RevisionFixture(TestDatabase db, String name) {
        org = db.createOrg(name);
        writerDsl = db.open(db.as(org.writer())).dsl();
        editorDsl = db.open(db.as(org.editor())).dsl();
        texts = new SectionTextRepository(writerDsl);
        tree = new ManuscriptTreeRepository(writerDsl);
        project = new ProjectRepository(writerDsl).create(org.id(), ProjectKind.BOOK, name, "", null, null).id();
        UUID book = tree.create(project, null, NodeKind.BOOK, "Book").id();
        chapter = tree.create(project, book, NodeKind.CHAPTER, "Chapter").id();
    }

    UUID newSection() {
        return tree.create(project, chapter, NodeKind.SECTION, "Section").id();
    }

    /** Saves {@code body} as the section's text, whatever its version. */
    void save(UUID section, String body) {
        texts.save(section, texts.load(section).version(), body);
    }
}
