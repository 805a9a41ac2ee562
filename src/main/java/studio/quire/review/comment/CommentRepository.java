package studio.quire.review.comment;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static studio.quire.db.RefusedByDatabaseException.translate;

/**
 * Review comments as the signed-in person may see them (V10): threads anchored to words of a
 * section under review, with their replies. Every change goes through the database's comment
 * functions, which decide who may comment, reply and resolve.
 */
public final class CommentRepository {
    /**
     * Every comment of the chosen threads: newest request first, inside one request thread by thread
     * by anchor then time (t is the thread's first comment), inside a thread first comment first.
     */
    private static final String THREADS = """
            select c.id, c.thread_id, c.request_id, c.node_id, c.round, c.anchor_start, c.anchor_end, c.quote, c.body,
                   c.author_id, c.created_at, c.resolved_at, a.display_name as author_name,
                   rb.display_name as resolved_by_name, r.submitted_at
              from quire.review_comment c
              join quire.review_comment t on t.id = coalesce(c.thread_id, c.id)
              join quire.review_request r on r.id = c.request_id
              left join quire.person a on a.id = c.author_id
              left join quire.person rb on rb.id = c.resolved_by
             where %s
             order by r.submitted_at desc, r.id, t.anchor_start, t.created_at, t.id, c.created_at, c.id""";

    private final DSLContext dsl;

    public CommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The threads on one section of one request, by anchor, then by time. */
    public List<CommentThread> threads(UUID requestId, UUID sectionId) {
        return translate(() -> toThreads(dsl.fetch(THREADS.formatted("c.request_id = ? and c.node_id = ?"),
                requestId, sectionId)));
    }

    /** The threads on a section in every request that covered it, newest request first; by anchor within one. */
    public List<CommentThread> threadsForSection(UUID sectionId) {
        return translate(() -> toThreads(dsl.fetch(THREADS.formatted("c.node_id = ?"), sectionId)));
    }

    /** Starts a thread on words of a section of a request; returns its id. */
    public UUID start(UUID requestId, UUID sectionId, int anchorStart, int anchorEnd, String quote, String body) {
        return translate(() -> dsl.select(DSL.field("quire.add_review_comment({0}, {1}, {2}, {3}, {4}, {5})", UUID.class,
                        DSL.val(requestId), DSL.val(sectionId), DSL.val(anchorStart), DSL.val(anchorEnd), DSL.val(quote),
                        DSL.val(body)))
                .fetchSingle().value1());
    }

    /** Replies to a thread; returns the reply's id. */
    public UUID reply(UUID threadId, String body) {
        return translate(() -> dsl.select(DSL.field("quire.reply_review_comment({0}, {1})", UUID.class,
                DSL.val(threadId), DSL.val(body))).fetchSingle().value1());
    }

    /** Resolves a thread ({@code true}) or opens it again. */
    public void resolve(UUID threadId, boolean resolved) {
        translate(() -> dsl.select(DSL.field("quire.resolve_review_thread({0}, {1})::text", String.class,
                DSL.val(threadId), DSL.val(resolved))).fetchSingle());
    }

    /** Threads in the order their first comments were fetched, each with its comments. */
    private static List<CommentThread> toThreads(List<? extends Record> rows) {
        Map<UUID, CommentThread> starts = new LinkedHashMap<>();
        Map<UUID, List<Comment>> comments = new LinkedHashMap<>();
        for (Record r : rows) {
            if (r.get("thread_id", UUID.class) == null) {
                CommentThread start = startOf(r);
                starts.put(start.id(), start);
                comments.put(start.id(), new ArrayList<>());
            }
        }
        for (Record r : rows) {
            UUID threadId = r.get("thread_id", UUID.class);
            List<Comment> thread = comments.get(threadId == null ? r.get("id", UUID.class) : threadId);
            if (thread != null) {
                thread.add(new Comment(r.get("id", UUID.class), r.get("author_id", UUID.class),
                        r.get("author_name", String.class), r.get("body", String.class),
                        r.get("created_at", OffsetDateTime.class)));
            }
        }
        return starts.values().stream().map(t -> new CommentThread(t.id(), t.requestId(), t.sectionId(), t.round(),
                t.anchorStart(), t.anchorEnd(), t.quote(), t.resolved(), t.resolvedBy(), comments.get(t.id()))).toList();
    }

    /** A thread's first row, its comments still to come. */
    private static CommentThread startOf(Record r) {
        return new CommentThread(r.get("id", UUID.class), r.get("request_id", UUID.class), r.get("node_id", UUID.class),
                r.get("round", Integer.class), r.get("anchor_start", Integer.class), r.get("anchor_end", Integer.class),
                r.get("quote", String.class), r.get("resolved_at", OffsetDateTime.class) != null,
                r.get("resolved_by_name", String.class), List.of());
    }
}
