package studio.quire.demo;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.jooq.InsertValuesStep9;
import studio.quire.db.schema.tables.records.NodeContentRecord;
import studio.quire.db.schema.tables.records.NodeRecord;
import studio.quire.project.Project;
import studio.quire.project.ProjectKind;
import studio.quire.project.ProjectRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.NODE;
import static studio.quire.db.schema.Tables.NODE_CONTENT;

/**
 * Writes manuscript trees (book → chapter → section) as the signed-in person, so row-level
 * security decides. A book is written in one transaction, all or nothing: a process killed or a
 * server lost midway leaves no half project. Inside it, sections go in batches of statements, and
 * progress is reported between them.
 */
public final class DemoBookRepository {
    public static final int DEFAULT_BATCH = 250;

    private final DSLContext dsl;
    private final int sectionsPerBatch;

    public DemoBookRepository(DSLContext dsl) {
        this(dsl, DEFAULT_BATCH);
    }

    public DemoBookRepository(DSLContext dsl, int sectionsPerBatch) {
        this.dsl = dsl;
        this.sectionsPerBatch = sectionsPerBatch;
    }

    /** How far an import has come (written in the transaction, visible to others once it commits). */
    public record Progress(int sectionsWritten, int sections, long wordsWritten) {
    }

    /** What was written. */
    public record Written(Project project, UUID bookNodeId, int chapters, int sections, long words) {
    }

    /** Creates a book project holding {@code book} in one transaction, reporting after each batch. */
    public Written createBook(UUID orgId, DemoBook book, Consumer<Progress> progress) {
        return translate(() -> dsl.transactionResult(cfg -> write(cfg.dsl(), orgId, book, progress)));
    }

    private Written write(DSLContext tx, UUID orgId, DemoBook book, Consumer<Progress> progress) {
        UUID bookNode = UUID.randomUUID();
        List<PendingSection> pending = new ArrayList<>(book.sectionCount());
        Project project = new ProjectRepository(tx).create(orgId, ProjectKind.BOOK, book.title(), book.synopsis(),
                (int) Math.min(Integer.MAX_VALUE, Math.max(1, book.wordCount())), null);
        InsertValuesStep9<NodeRecord, UUID, UUID, UUID, UUID, String, Integer, String, String, String> nodes = insertNodes(tx);
        nodes.values(bookNode, orgId, project.id(), null, "book", 0, book.title(), book.synopsis(), "draft");
        int position = 0;
        for (DemoBook.Chapter chapter : book.chapters()) {
            UUID chapterId = UUID.randomUUID();
            nodes.values(chapterId, orgId, project.id(), bookNode, "chapter", position++, chapter.title(),
                    chapter.synopsis(), "draft");
            int sectionPosition = 0;
            for (DemoBook.Section section : chapter.sections()) {
                pending.add(new PendingSection(chapterId, sectionPosition++, section));
            }
        }
        nodes.execute();
        int written = 0;
        long words = 0;
        progress.accept(new Progress(0, pending.size(), 0));
        for (int from = 0; from < pending.size(); from += sectionsPerBatch) {
            List<PendingSection> batch = pending.subList(from, Math.min(pending.size(), from + sectionsPerBatch));
            insertSections(tx, orgId, project.id(), batch);
            written += batch.size();
            words += batch.stream().mapToLong(p -> p.section().wordCount()).sum();
            progress.accept(new Progress(written, pending.size(), words));
        }
        return new Written(project, bookNode, book.chapters().size(), written, words);
    }

    private static void insertSections(DSLContext tx, UUID orgId, UUID projectId, List<PendingSection> batch) {
        InsertValuesStep9<NodeRecord, UUID, UUID, UUID, UUID, String, Integer, String, String, String> nodes = insertNodes(tx);
        InsertValuesStep4<NodeContentRecord, UUID, UUID, String, Integer> contents = tx.insertInto(NODE_CONTENT,
                NODE_CONTENT.NODE_ID, NODE_CONTENT.ORG_ID, NODE_CONTENT.BODY, NODE_CONTENT.WORD_COUNT);
        for (PendingSection p : batch) {
            UUID id = UUID.randomUUID();
            nodes.values(id, orgId, projectId, p.chapterId(), "section", p.position(), p.section().title(), "",
                    p.section().status());
            contents.values(id, orgId, p.section().body(), p.section().wordCount());
        }
        nodes.execute();
        contents.execute();
    }

    private static InsertValuesStep9<NodeRecord, UUID, UUID, UUID, UUID, String, Integer, String, String, String> insertNodes(
            DSLContext tx) {
        return tx.insertInto(NODE, NODE.ID, NODE.ORG_ID, NODE.PROJECT_ID, NODE.PARENT_ID, NODE.KIND, NODE.POSITION,
                NODE.TITLE, NODE.SYNOPSIS, NODE.STATUS);
    }

    private record PendingSection(UUID chapterId, int position, DemoBook.Section section) {
    }
}
