package studio.quire.review.comment;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Comment threads through the repository, as the people of one organization and of another. */
class CommentRepositoryTest {
    private static TestDatabase db;
    private static CommentScene scene;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        scene = new CommentScene(db, "Comment repository");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void threads_holdTheirCommentsInOrder_threadsByAnchor() {
        CommentScene.Submitted s = scene.submit("The harbour was quiet the night the ferry did not come.\n");
        UUID ferry = scene.editor.start(s.request(), s.section(), 34, 39, "ferry", "Which ferry?");
        UUID harbour = scene.consultant.start(s.request(), s.section(), 4, 11, "harbour", "Name it?");
        scene.writer.reply(ferry, "The mail ferry.");
        scene.editor.reply(ferry, "Say so.");

        List<CommentThread> threads = scene.writer.threads(s.request(), s.section());

        assertThat(threads).extracting(CommentThread::id).containsExactly(harbour, ferry);
        CommentThread first = threads.get(1);
        assertThat(first.quote()).isEqualTo("ferry");
        assertThat(first.anchorStart()).isEqualTo(34);
        assertThat(first.anchorEnd()).isEqualTo(39);
        assertThat(first.round()).isEqualTo(1);
        assertThat(first.resolved()).isFalse();
        assertThat(first.comments()).extracting(Comment::body).containsExactly("Which ferry?", "The mail ferry.", "Say so.");
        assertThat(first.comments().get(0).authorName()).contains(scene.org.editor());
        assertThat(first.comments().get(1).authorName()).contains(scene.org.writer());
        assertThat(first.comments()).allSatisfy(c -> assertThat(c.createdAt()).isNotNull());
    }

    @Test
    void resolve_marksTheThreadResolvedByItsResolver_andReopenClearsIt() {
        CommentScene.Submitted s = scene.submit("Words to resolve.\n");
        UUID thread = scene.editor.start(s.request(), s.section(), 0, 5, "Words", "Fewer?");

        scene.writer.resolve(thread, true);
        CommentThread resolved = scene.editor.threads(s.request(), s.section()).get(0);
        scene.writer.resolve(thread, false);

        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.resolvedBy()).contains(scene.org.writer());
        assertThat(scene.editor.threads(s.request(), s.section()).get(0).resolved()).isFalse();
    }

    @Test
    void threadsForSection_showsEveryRequestOfTheSection_newestFirst() {
        CommentScene.Submitted s = scene.submit("First draft of the scene.\n");
        UUID old = scene.editor.start(s.request(), s.section(), 0, 5, "First", "Start later.");
        scene.reject(s);
        scene.edit(s.section(), "Second draft of the scene.\n");
        UUID again = scene.reviews.submit(s.section());
        UUID newer = scene.editor.start(again, s.section(), 0, 6, "Second", "Better.");

        assertThat(scene.writer.threadsForSection(s.section())).extracting(CommentThread::id).containsExactly(newer, old);
        assertThat(scene.writer.threads(again, s.section())).extracting(CommentThread::id).containsExactly(newer);
    }

    @Test
    void start_isRefusedWithTheDatabasesReason_onAClosedRequest_andForAnotherOrganization() {
        CommentScene.Submitted s = scene.submit("A scene that is discarded.\n");
        scene.reject(s);
        CommentScene outsiders = new CommentScene(db, "Comment outsiders");

        assertThatThrownBy(() -> scene.editor.start(s.request(), s.section(), 0, 1, "A", "Late."))
                .isInstanceOf(RefusedByDatabaseException.class)
                .hasMessageContaining("discarded")
                .extracting(e -> ((RefusedByDatabaseException) e).sqlState()).isEqualTo("55000");
        assertThatThrownBy(() -> outsiders.editor.start(s.request(), s.section(), 0, 1, "A", "Peek."))
                .isInstanceOf(RefusedByDatabaseException.class)
                .extracting(e -> ((RefusedByDatabaseException) e).sqlState()).isEqualTo("P0002");
        assertThat(outsiders.editor.threadsForSection(s.section())).isEmpty();
    }
}
