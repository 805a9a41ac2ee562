package studio.quire.compare;

import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.ResultQuery;
import org.jooq.Record5;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.text.RevisionKind;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.NODE;
import static studio.quire.db.schema.Tables.NODE_CONTENT;
import static studio.quire.db.schema.Tables.REVISION;

/**
 * A chapter as it was at some moment and as it is now, section by section, as the signed-in person
 * sees it (row-level security decides: another organization's chapter is "gone or not visible").
 * One query, however many sections the chapter holds.
 *
 * <p>What a section's text was at {@code asOf}, from the best knowledge kept:
 * <ul>
 * <li>its current text, when that was last stored at or before {@code asOf} (nothing has been
 * saved since, so it is exactly the text of then);</li>
 * <li>otherwise the text of its newest revision kept at or before {@code asOf}, conflict revisions
 * excepted (they hold a text that lost a save, never the section's text). Saves made after that
 * revision and before {@code asOf} left no trace, so their text cannot be shown: the comparison
 * then starts from that revision;</li>
 * <li>otherwise empty: the section was created later, or nothing of it was kept from before.</li>
 * </ul>
 * The chapter's structure is today's: its live (untrashed) sections in binder order, depth first
 * by position. A section trashed since {@code asOf} is not shown, and a section moved into the
 * chapter since then is shown with the text it had then, wherever it was.
 */
public final class ChapterHistoryRepository {
    private static final Name WALK = DSL.name("walk");
    private static final Table<?> WALK_TABLE = DSL.table(WALK);
    private static final Field<UUID> WALK_ID = DSL.field(DSL.name("walk", "id"), UUID.class);
    private static final Field<String> WALK_KIND = DSL.field(DSL.name("walk", "kind"), String.class);
    private static final Field<String> WALK_TITLE = DSL.field(DSL.name("walk", "title"), String.class);
    private static final Field<Integer[]> WALK_PATH = DSL.field(DSL.name("walk", "path"), SQLDataType.INTEGER.array());
    private static final String SECTION = "section";

    private final DSLContext dsl;

    public ChapterHistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The chapter's title and, for each of its live sections, the text it had at {@code asOf}
     * (older) and its current text (newer), both parsed from the stored Markdown. Given a section
     * instead of a chapter, that section alone. Refused when the chapter is gone, in the trash or
     * not visible.
     */
    public ChapterTexts chapterSince(UUID chapterId, OffsetDateTime asOf) {
        Objects.requireNonNull(chapterId, "chapterId");
        Objects.requireNonNull(asOf, "asOf");
        Result<Record5<UUID, String, String, String, String>> rows = translate(() -> query(chapterId, asOf).fetch());
        if (rows.isEmpty()) {
            throw new RefusedByDatabaseException("This chapter is gone or not visible to you.", "P0002", null);
        }
        String chapterTitle = rows.get(0).value3();
        List<ComparedText> sections = new ArrayList<>();
        for (Record5<UUID, String, String, String, String> row : rows) {
            if (SECTION.equals(row.value2())) {
                sections.add(new ComparedText(row.value1(), row.value3(), parse(row.value4()), parse(row.value5())));
            }
        }
        return new ChapterTexts(chapterTitle, sections);
    }

    /** The node and its live descendants, depth first by position (the node itself first). */
    private ResultQuery<Record5<UUID, String, String, String, String>> query(UUID chapterId,
                                                                                      OffsetDateTime asOf) {
        CommonTableExpression<?> walk = WALK.fields("id", "kind", "title", "path").as(
                DSL.select(NODE.ID, NODE.KIND, NODE.TITLE, DSL.array(NODE.POSITION))
                        .from(NODE).where(NODE.ID.eq(chapterId)).and(NODE.DELETED_AT.isNull())
                        .unionAll(DSL.select(NODE.ID, NODE.KIND, NODE.TITLE, DSL.arrayAppend(WALK_PATH, NODE.POSITION))
                                .from(NODE).join(WALK_TABLE).on(NODE.PARENT_ID.eq(WALK_ID))
                                .where(NODE.DELETED_AT.isNull())));
        Field<String> revisionThen = DSL.field(DSL.select(REVISION.BODY).from(REVISION)
                .where(REVISION.NODE_ID.eq(WALK_ID))
                .and(REVISION.KIND.ne(RevisionKind.CONFLICT.dbName()))
                .and(REVISION.CREATED_AT.le(asOf))
                .orderBy(REVISION.CREATED_AT.desc(), REVISION.ID.desc()).limit(1));
        Field<String> older = DSL.when(NODE_CONTENT.UPDATED_AT.le(asOf), NODE_CONTENT.BODY).otherwise(revisionThen);
        return dsl.withRecursive(walk)
                .select(WALK_ID, WALK_KIND, WALK_TITLE, older, NODE_CONTENT.BODY)
                .from(WALK_TABLE).leftJoin(NODE_CONTENT).on(NODE_CONTENT.NODE_ID.eq(WALK_ID))
                .orderBy(WALK_PATH);
    }

    private static Document parse(String markdown) {
        return markdown == null || markdown.isEmpty() ? Document.EMPTY : MarkdownFormat.parse(markdown);
    }
}
