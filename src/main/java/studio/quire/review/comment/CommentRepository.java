package studio.quire.review.comment;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import studio.quire.db.schema.Routines;
import studio.quire.db.schema.tables.Person;
import studio.quire.db.schema.tables.ReviewComment;
import studio.quire.db.schema.tables.ReviewRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.PERSON;
import static studio.quire.db.schema.Tables.REVIEW_COMMENT;
import static studio.quire.db.schema.Tables.REVIEW_REQUEST;

/**
 * Review comments as the signed-in person may see them (V10): threads anchored to words of a
 * section under review, with their replies. Every change goes through the database's comment
 * functions, which decide who may comment, reply and resolve.
 */
public final class CommentRepository {
    private static final String RESOLVED_BY_NAME = "resolved_by_name";
    private static final ReviewComment C = REVIEW_COMMENT.as("c");
    /** A comment's thread: its first comment. */
    private static final ReviewComment T = REVIEW_COMMENT.as("t");
    private static final ReviewRequest R = REVIEW_REQUEST.as("r");
    private static final Person A = PERSON.as("a");
    private static final Person RB = PERSON.as("rb");

    private final DSLContext dsl;

    public CommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The threads on one section of one request, by anchor, then by time. */
    public List<CommentThread> threads(UUID requestId, UUID sectionId) {
        return translate(() -> toThreads(threadsWhere(dsl, C.REQUEST_ID.eq(requestId).and(C.NODE_ID.eq(sectionId)))));
    }

    /** The threads on a section in every request that covered it, newest request first; by anchor within one. */
    public List<CommentThread> threadsForSection(UUID sectionId) {
        return translate(() -> toThreads(threadsWhere(dsl, C.NODE_ID.eq(sectionId))));
    }

    /**
     * Every comment of the chosen threads: newest request first, inside one request thread by thread
     * by anchor then time, inside a thread first comment first.
     */
    private static List<? extends Record> threadsWhere(DSLContext dsl, Condition chosen) {
        return dsl.select(C.ID, C.THREAD_ID, C.REQUEST_ID, C.NODE_ID, C.ROUND, C.ANCHOR_START, C.ANCHOR_END, C.QUOTE,
                        C.BODY, C.AUTHOR_ID, C.CREATED_AT, C.RESOLVED_AT, A.DISPLAY_NAME, RB.DISPLAY_NAME.as(RESOLVED_BY_NAME),
                        R.SUBMITTED_AT)
                .from(C)
                .join(T).on(T.ID.eq(DSL.coalesce(C.THREAD_ID, C.ID)))
                .join(R).on(R.ID.eq(C.REQUEST_ID))
                .leftJoin(A).on(A.ID.eq(C.AUTHOR_ID))
                .leftJoin(RB).on(RB.ID.eq(C.RESOLVED_BY))
                .where(chosen)
                .orderBy(R.SUBMITTED_AT.desc(), R.ID, T.ANCHOR_START, T.CREATED_AT, T.ID, C.CREATED_AT, C.ID)
                .fetch();
    }

    /** Starts a thread on words of a section of a request; returns its id. */
    public UUID start(UUID requestId, UUID sectionId, int anchorStart, int anchorEnd, String quote, String body) {
        return translate(() -> Routines.addReviewComment(dsl.configuration(), requestId, sectionId, anchorStart,
                anchorEnd, quote, body));
    }

    /** Replies to a thread; returns the reply's id. */
    public UUID reply(UUID threadId, String body) {
        return translate(() -> Routines.replyReviewComment(dsl.configuration(), threadId, body));
    }

    /** Resolves a thread ({@code true}) or opens it again. */
    public void resolve(UUID threadId, boolean resolved) {
        translate(() -> {
            Routines.resolveReviewThread(dsl.configuration(), threadId, resolved);
            return null;
        });
    }

    /** Threads in the order their first comments were fetched, each with its comments. */
    private static List<CommentThread> toThreads(List<? extends Record> rows) {
        Map<UUID, CommentThread> starts = new LinkedHashMap<>();
        Map<UUID, List<Comment>> comments = new LinkedHashMap<>();
        for (Record r : rows) {
            if (r.get(C.THREAD_ID) == null) {
                CommentThread start = startOf(r);
                starts.put(start.id(), start);
                comments.put(start.id(), new ArrayList<>());
            }
        }
        for (Record r : rows) {
            UUID threadId = r.get(C.THREAD_ID);
            List<Comment> thread = comments.get(threadId == null ? r.get(C.ID) : threadId);
            if (thread != null) {
                thread.add(new Comment(r.get(C.ID), r.get(C.AUTHOR_ID), r.get(A.DISPLAY_NAME), r.get(C.BODY),
                        r.get(C.CREATED_AT)));
            }
        }
        return starts.values().stream().map(t -> new CommentThread(t.id(), t.requestId(), t.sectionId(), t.round(),
                t.anchorStart(), t.anchorEnd(), t.quote(), t.resolved(), t.resolvedBy(), comments.get(t.id()))).toList();
    }

    /** A thread's first row, its comments still to come. */
    private static CommentThread startOf(Record r) {
        return new CommentThread(r.get(C.ID), r.get(C.REQUEST_ID), r.get(C.NODE_ID), r.get(C.ROUND),
                r.get(C.ANCHOR_START), r.get(C.ANCHOR_END), r.get(C.QUOTE), r.get(C.RESOLVED_AT) != null,
                r.get(RESOLVED_BY_NAME, String.class), List.of());
    }
}
