package studio.quire.testsupport;

import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.NodeKind;
import studio.quire.project.ProjectKind;
import studio.quire.project.ProjectRepository;

import java.util.UUID;

/** A book project with one chapter, made by the organization's writer; sections are added on demand. */
public final class WritersChapter {
    private final ManuscriptTreeRepository tree;
    private final UUID project;
    private final UUID chapter;

    public WritersChapter(TestDatabase db, TestDatabase.Org org, String projectTitle) {
        var writer = db.open(db.as(org.writer())).dsl();
        tree = new ManuscriptTreeRepository(writer);
        project = new ProjectRepository(writer).create(org.id(), ProjectKind.BOOK, projectTitle, "", null, null).id();
        UUID book = tree.create(project, null, NodeKind.BOOK, "Book").id();
        chapter = tree.create(project, book, NodeKind.CHAPTER, "Chapter").id();
    }

    /** A new, empty section at the start of the chapter, created by the writer. */
    public UUID newSection(String title) {
        return tree.create(project, chapter, NodeKind.SECTION, title).id();
    }

    public UUID newSection() {
        return newSection("Section");
    }

    public ManuscriptTreeRepository tree() {
        return tree;
    }

    public UUID project() {
        return project;
    }

    public UUID chapter() {
        return chapter;
    }
}
