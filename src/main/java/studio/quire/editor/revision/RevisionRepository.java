package studio.quire.editor.revision;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.db.schema.Routines;
import studio.quire.text.RevisionKind;
import studio.quire.editor.store.RevisionNames;
import studio.quire.text.MarkdownFormat;
import studio.quire.text.TextHygiene;
import studio.quire.text.WordCount;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.NODE_CONTENT;
import static studio.quire.db.schema.Tables.PERSON;
import static studio.quire.db.schema.Tables.REVISION;

/**
 * A section's revision history as the signed-in person sees it (row-level security decides): the
 * list, one revision's text, keeping the current text as an automatic, named or restored revision
 * with the words it added and removed since the revision before it, and thinning by age (done by
 * {@code quire.thin_revisions}, which checks the right to do it and records it in the audit log).
 */
public final class RevisionRepository {
    private static final Field<?>[] ENTRY = {REVISION.ID, REVISION.NODE_ID, REVISION.KIND, REVISION.NAME,
        REVISION.WORDS, REVISION.WORDS_ADDED, REVISION.WORDS_REMOVED, REVISION.AUTHOR, PERSON.DISPLAY_NAME,
        REVISION.CREATED_AT};

    private final DSLContext dsl;

    public RevisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The section's revisions, newest first, without their texts. */
    public List<RevisionEntry> list(UUID sectionId) {
        return translate(() -> dsl.select(ENTRY).from(REVISION).leftJoin(PERSON).on(PERSON.ID.eq(REVISION.AUTHOR))
                .where(REVISION.NODE_ID.eq(sectionId))
                .orderBy(REVISION.CREATED_AT.desc(), REVISION.ID.desc())
                .fetch(RevisionRepository::toEntry));
    }

    /** The text kept in a revision; empty when it is gone or not visible. */
    public Optional<String> body(UUID revisionId) {
        return translate(() -> dsl.select(REVISION.BODY).from(REVISION).where(REVISION.ID.eq(revisionId))
                .fetchOptional(REVISION.BODY));
    }

    /** The section's text as the database holds it now; empty when it is gone or not visible. */
    public Optional<String> currentBody(UUID sectionId) {
        return translate(() -> dsl.select(NODE_CONTENT.BODY).from(NODE_CONTENT).where(NODE_CONTENT.NODE_ID.eq(sectionId))
                .fetchOptional(NODE_CONTENT.BODY));
    }

    /**
     * Keeps the section's stored text as an automatic revision, unless the newest revision already
     * holds that text (then empty).
     */
    public Optional<RevisionEntry> keepAutomatic(UUID sectionId) {
        return translate(() -> dsl.transactionResult(cfg -> keepCurrent(cfg.dsl(), sectionId, RevisionKind.AUTOMATIC, null)));
    }

    /** Keeps the section's stored text as a named revision (never thinned). */
    public RevisionEntry keepNamed(UUID sectionId, String name) {
        String clean = RevisionNames.clean(name);
        return translate(() -> dsl.transactionResult(cfg -> keepCurrent(cfg.dsl(), sectionId, RevisionKind.NAMED, clean)))
                .orElseThrow(RevisionRepository::gone);
    }

    /**
     * Keeps the text of revision {@code fromRevisionId} as a new, never thinned, restored revision of
     * the section named {@code name}: the record that the text was brought back, whatever becomes of
     * the save that brings it back.
     */
    public RevisionEntry keepRestored(UUID sectionId, UUID fromRevisionId, String name) {
        String clean = RevisionNames.clean(name);
        return translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            String body = tx.select(REVISION.BODY).from(REVISION)
                    .where(REVISION.ID.eq(fromRevisionId)).and(REVISION.NODE_ID.eq(sectionId))
                    .fetchOptional(REVISION.BODY).orElseThrow(RevisionRepository::gone);
            Record content = current(tx, sectionId).orElseThrow(RevisionRepository::gone);
            int words = WordCount.of(MarkdownFormat.parse(body)).words();
            return insert(tx, content, RevisionKind.RESTORED, clean, body, words, previousBody(tx, sectionId));
        }));
    }

    /**
     * Keeps {@code body}, a text the writer merged from a comparison (Markdown, cleaned like a save:
     * {@link TextHygiene}), as a new, never thinned, restored revision of the section named
     * {@code name}, with the words it added and removed since the section's newest revision. Like
     * {@link #keepRestored}, it is the record of the merge, whatever becomes of the save that then
     * puts the text in the editor. Refused when the section is gone, not visible, or not writable.
     */
    public RevisionEntry keepMerged(UUID sectionId, String body, String name) {
        String clean = RevisionNames.clean(name);
        String text = TextHygiene.clean(body);
        int words = WordCount.of(MarkdownFormat.parse(text)).words();
        return translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Record content = current(tx, sectionId).orElseThrow(RevisionRepository::gone);
            return insert(tx, content, RevisionKind.RESTORED, clean, text, words, previousBody(tx, sectionId));
        }));
    }

    /** Thins the section's automatic revisions by age as of now; returns how many were removed. */
    public int thin(UUID sectionId) {
        return thin(sectionId, null);
    }

    /** Thins as of {@code asOf} (null: the database's now). */
    public int thin(UUID sectionId, OffsetDateTime asOf) {
        // the function's own default for the moment is now(), the transaction's start
        Field<Integer> call = Routines.thinRevisions(DSL.val(sectionId),
                asOf == null ? DSL.currentOffsetDateTime() : DSL.val(asOf));
        return translate(() -> dsl.transactionResult(cfg -> cfg.dsl().select(call).fetchSingle(call)));
    }

    private static Optional<RevisionEntry> keepCurrent(DSLContext tx, UUID sectionId, RevisionKind kind, String name) {
        Optional<Record> content = current(tx, sectionId);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        String body = content.get().get(NODE_CONTENT.BODY);
        Optional<Record> newest = newest(tx, sectionId);
        if (kind == RevisionKind.AUTOMATIC && newest.isPresent()
                && newest.get().get(REVISION.CONTENT_HASH).equals(sha256(body))) {
            return Optional.empty();
        }
        String previous = newest.isEmpty() ? "" : previousBodyOf(tx, newest.get().get(REVISION.ID));
        return Optional.of(insert(tx, content.get(), kind, name, body, content.get().get(NODE_CONTENT.WORD_COUNT), previous));
    }

    private static RevisionEntry insert(DSLContext tx, Record content, RevisionKind kind, String name, String body,
                                        int words, String previous) {
        WordChanges changes = WordChanges.between(previous, body);
        UUID id = tx.insertInto(REVISION)
                .set(REVISION.ORG_ID, content.get(NODE_CONTENT.ORG_ID))
                .set(REVISION.NODE_ID, content.get(NODE_CONTENT.NODE_ID))
                .set(REVISION.KIND, kind.dbName())
                .set(REVISION.NAME, name)
                .set(REVISION.BODY, body)
                .set(REVISION.WORDS, words)
                .set(REVISION.WORDS_ADDED, changes.added())
                .set(REVISION.WORDS_REMOVED, changes.removed())
                .set(REVISION.BASE_VERSION, content.get(NODE_CONTENT.VERSION))
                .returning(REVISION.ID).fetchSingle(REVISION.ID);
        return tx.select(ENTRY).from(REVISION).leftJoin(PERSON).on(PERSON.ID.eq(REVISION.AUTHOR))
                .where(REVISION.ID.eq(id)).fetchSingle(RevisionRepository::toEntry);
    }

    private static Optional<Record> current(DSLContext tx, UUID sectionId) {
        return tx.select(NODE_CONTENT.NODE_ID, NODE_CONTENT.ORG_ID, NODE_CONTENT.BODY, NODE_CONTENT.WORD_COUNT,
                        NODE_CONTENT.VERSION)
                .from(NODE_CONTENT).where(NODE_CONTENT.NODE_ID.eq(sectionId)).fetchOptional().map(r -> r);
    }

    /** The newest revision that holds the writer's own text (a conflict revision holds a losing one). */
    private static Optional<Record> newest(DSLContext tx, UUID sectionId) {
        return tx.select(REVISION.ID, REVISION.CONTENT_HASH).from(REVISION)
                .where(REVISION.NODE_ID.eq(sectionId)).and(REVISION.KIND.ne(RevisionKind.CONFLICT.dbName()))
                .orderBy(REVISION.CREATED_AT.desc(), REVISION.ID.desc()).limit(1)
                .fetchOptional().map(r -> r);
    }

    private static String previousBody(DSLContext tx, UUID sectionId) {
        return newest(tx, sectionId).map(r -> previousBodyOf(tx, r.get(REVISION.ID))).orElse("");
    }

    private static String previousBodyOf(DSLContext tx, UUID revisionId) {
        return tx.select(REVISION.BODY).from(REVISION).where(REVISION.ID.eq(revisionId)).fetchSingle(REVISION.BODY);
    }

    private static RevisionEntry toEntry(Record r) {
        String author = r.get(PERSON.DISPLAY_NAME);
        return new RevisionEntry(r.get(REVISION.ID), r.get(REVISION.NODE_ID), RevisionKind.fromDb(r.get(REVISION.KIND)),
                r.get(REVISION.NAME), r.get(REVISION.WORDS), r.get(REVISION.WORDS_ADDED), r.get(REVISION.WORDS_REMOVED),
                r.get(REVISION.AUTHOR), author == null ? "" : author, r.get(REVISION.CREATED_AT));
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static RefusedByDatabaseException gone() {
        return new RefusedByDatabaseException("This section or revision is gone or not visible to you.", "P0002", null);
    }
}
