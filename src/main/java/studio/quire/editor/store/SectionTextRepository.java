package studio.quire.editor.store;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.db.RenderedQuery;
import studio.quire.text.MarkdownFormat;
import studio.quire.text.TextHygiene;
import studio.quire.text.WordCount;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import studio.quire.text.RevisionKind;
import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.NODE;
import static studio.quire.db.schema.Tables.NODE_CONTENT;
import static studio.quire.db.schema.Tables.REVISION;

/**
 * The text of sections and its revisions, as the signed-in person (row-level security decides who
 * reads and who writes). A save carries the version it was based on and never overwrites newer
 * text: on a mismatch the local text is kept as a conflict revision in the same transaction, so a
 * word that reached this class is never lost. Word counts are those of the parsed document
 * (ADR 0008), the same count the tree rolls up from {@code node_content.word_count}.
 */
public final class SectionTextRepository {
    private static final Field<UUID> ID = DSL.param("id", UUID.class);
    /** One round trip: a visible section without a body row yet reads as empty text at version 0. */
    private static final RenderedQuery LOAD = RenderedQuery.of(DSL.select(NODE.ID, NODE_CONTENT.BODY,
                    NODE_CONTENT.VERSION, NODE_CONTENT.WORD_COUNT, NODE_CONTENT.UPDATED_AT)
            .from(NODE).leftJoin(NODE_CONTENT).on(NODE_CONTENT.NODE_ID.eq(NODE.ID))
            .where(NODE.ID.eq(ID)));
    private static final RenderedQuery SAVE = RenderedQuery.of(DSL.update(NODE_CONTENT)
            .set(NODE_CONTENT.BODY, DSL.param("body", String.class))
            .set(NODE_CONTENT.WORD_COUNT, DSL.param("words", Integer.class))
            .set(NODE_CONTENT.VERSION, NODE_CONTENT.VERSION.plus(DSL.inline(1)))
            .set(NODE_CONTENT.UPDATED_AT, DSL.currentOffsetDateTime())
            .where(NODE_CONTENT.NODE_ID.eq(ID))
            .and(NODE_CONTENT.VERSION.eq(DSL.param("version", Integer.class)))
            .returning(NODE_CONTENT.VERSION));
    private static final Field<?>[] REVISION_COLUMNS = {REVISION.ID, REVISION.NODE_ID, REVISION.KIND, REVISION.NAME,
        REVISION.WORDS, REVISION.BASE_VERSION, REVISION.CONTENT_HASH, REVISION.AUTHOR, REVISION.CREATED_AT};

    private final DSLContext dsl;

    public SectionTextRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The section's stored text; refused when the section is gone or not visible. */
    public SectionText load(UUID sectionId) {
        return translate(() -> LOAD.bind(dsl, sectionId).fetchOptional(r -> r.get(NODE_CONTENT.VERSION) == null
                        ? new SectionText(sectionId, "", 0, 0, null)
                        : new SectionText(sectionId, r.get(NODE_CONTENT.BODY), r.get(NODE_CONTENT.VERSION),
                                r.get(NODE_CONTENT.WORD_COUNT), r.get(NODE_CONTENT.UPDATED_AT))))
                .orElseThrow(SectionTextRepository::gone);
    }

    /**
     * Stores {@code body} (cleaned by {@link TextHygiene}) if the section is still at
     * {@code baseVersion}. Otherwise: the same text already stored (a retry of a save whose answer
     * was lost) is {@code Saved}; other text is a {@code Conflict}, and the local text is kept as a
     * conflict revision. A person who may read but not write is refused.
     */
    public SaveResult save(UUID sectionId, long baseVersion, String body) {
        String clean = TextHygiene.clean(body);
        int words = WordCount.of(MarkdownFormat.parse(clean)).words();
        int base = Math.toIntExact(baseVersion);
        return translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Optional<Integer> saved = SAVE.bind(tx, clean, words, sectionId, base).fetchOptional(NODE_CONTENT.VERSION);
            if (saved.isPresent()) {
                return new SaveResult.Saved(saved.get(), words);
            }
            return notAtBaseVersion(tx, sectionId, base, clean, words);
        }));
    }

    private static SaveResult notAtBaseVersion(DSLContext tx, UUID sectionId, int base, String clean, int words) {
        Record current = tx.select(NODE_CONTENT.ORG_ID, NODE_CONTENT.BODY, NODE_CONTENT.VERSION, NODE_CONTENT.WORD_COUNT,
                        NODE_CONTENT.UPDATED_AT)
                .from(NODE_CONTENT).where(NODE_CONTENT.NODE_ID.eq(sectionId)).fetchOne();
        if (current == null) {
            return createFirstVersion(tx, sectionId, clean, words);
        }
        int version = current.get(NODE_CONTENT.VERSION);
        if (current.get(NODE_CONTENT.BODY).equals(clean)) {
            return new SaveResult.Saved(version, current.get(NODE_CONTENT.WORD_COUNT));
        }
        if (version == base) {
            // Visible at the right version, yet not updated: row-level security hid it from the update.
            throw new RefusedByDatabaseException("You do not have the role needed for this change in this organization.",
                    "42501", null);
        }
        UUID conflict = tx.insertInto(REVISION)
                .set(REVISION.ORG_ID, current.get(NODE_CONTENT.ORG_ID))
                .set(REVISION.NODE_ID, sectionId)
                .set(REVISION.KIND, RevisionKind.CONFLICT.dbName())
                .set(REVISION.BODY, clean)
                .set(REVISION.WORDS, words)
                .set(REVISION.BASE_VERSION, base)
                .returning(REVISION.ID).fetchSingle(REVISION.ID);
        SectionText server = new SectionText(sectionId, current.get(NODE_CONTENT.BODY), version,
                current.get(NODE_CONTENT.WORD_COUNT), current.get(NODE_CONTENT.UPDATED_AT));
        return new SaveResult.Conflict(server, conflict);
    }

    /** A section whose body row does not exist yet gets one, at version 1. */
    private static SaveResult createFirstVersion(DSLContext tx, UUID sectionId, String clean, int words) {
        return tx.insertInto(NODE_CONTENT, NODE_CONTENT.NODE_ID, NODE_CONTENT.ORG_ID, NODE_CONTENT.BODY,
                        NODE_CONTENT.WORD_COUNT)
                .select(DSL.select(NODE.ID, NODE.ORG_ID, DSL.val(clean), DSL.val(words)).from(NODE)
                        .where(NODE.ID.eq(sectionId)).and(NODE.KIND.eq("section")))
                .onConflictDoNothing()
                .returning(NODE_CONTENT.VERSION)
                .fetchOptional(NODE_CONTENT.VERSION)
                .<SaveResult>map(v -> new SaveResult.Saved(v, words))
                .orElseThrow(() -> new RefusedByDatabaseException(
                        "This section is gone, not visible to you, or was just created by someone else; please try again.",
                        "40001", null));
    }

    /** Keeps the section's current stored text as a named revision. */
    public Revision saveNamedRevision(UUID sectionId, String name) {
        String clean = RevisionNames.clean(name);
        return translate(() -> dsl.transactionResult(cfg -> cfg.dsl()
                .insertInto(REVISION, REVISION.ORG_ID, REVISION.NODE_ID, REVISION.KIND, REVISION.NAME, REVISION.BODY,
                        REVISION.WORDS, REVISION.BASE_VERSION)
                .select(DSL.select(NODE_CONTENT.ORG_ID, NODE_CONTENT.NODE_ID, DSL.val(RevisionKind.NAMED.dbName()),
                                DSL.val(clean), NODE_CONTENT.BODY, NODE_CONTENT.WORD_COUNT, NODE_CONTENT.VERSION)
                        .from(NODE_CONTENT).where(NODE_CONTENT.NODE_ID.eq(sectionId)))
                .returning(REVISION_COLUMNS)
                .fetchOptional(SectionTextRepository::toRevision)))
                .orElseThrow(SectionTextRepository::gone);
    }

    /** The section's revisions, newest first, without their texts. */
    public List<Revision> revisions(UUID sectionId) {
        return translate(() -> dsl.select(REVISION_COLUMNS).from(REVISION)
                .where(REVISION.NODE_ID.eq(sectionId))
                .orderBy(REVISION.CREATED_AT.desc(), REVISION.ID)
                .fetch(SectionTextRepository::toRevision));
    }

    /** The text kept in a revision; empty when it is gone or not visible. */
    public Optional<String> revisionBody(UUID revisionId) {
        return translate(() -> dsl.select(REVISION.BODY).from(REVISION).where(REVISION.ID.eq(revisionId))
                .fetchOptional(REVISION.BODY));
    }

    private static Revision toRevision(Record r) {
        return new Revision(r.get(REVISION.ID), r.get(REVISION.NODE_ID), RevisionKind.fromDb(r.get(REVISION.KIND)),
                r.get(REVISION.NAME), r.get(REVISION.WORDS), r.get(REVISION.BASE_VERSION), r.get(REVISION.CONTENT_HASH),
                r.get(REVISION.AUTHOR), r.get(REVISION.CREATED_AT));
    }

    private static RefusedByDatabaseException gone() {
        return new RefusedByDatabaseException("This section is gone or not visible to you.", "P0002", null);
    }
}
