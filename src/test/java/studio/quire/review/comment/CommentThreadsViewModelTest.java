package studio.quire.review.comment;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.QueuedTaskExecutor;
import studio.quire.ui.SameThreadTaskExecutor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The comment threads view model against the real database, on a same-thread executor. */
class CommentThreadsViewModelTest {
    private static final String TEXT = "The harbour was quiet the night the ferry did not come.\n";
    private static TestDatabase db;
    private static CommentScene scene;

    private final Clock clock = Clock.fixed(Instant.now().plusSeconds(7200 + 600), ZoneOffset.UTC);

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        scene = new CommentScene(db, "Comment view model");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private CommentThreadsViewModel viewModel(CommentRepository repository) {
        return new CommentThreadsViewModel(repository, new SameThreadTaskExecutor(), clock);
    }

    @Test
    void showRequestSection_saysHowToComment_whenThereIsNoThread() {
        CommentScene.Submitted s = scene.submit(TEXT);
        CommentThreadsViewModel vm = viewModel(scene.editor);

        vm.showRequestSection(s.request(), s.section());

        assertThat(vm.threads()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).isEqualTo(CommentThreadsViewModel.EMPTY_REQUEST);
        assertThat(vm.canCommentProperty().get()).isTrue();
    }

    @Test
    void postCommand_startsAThreadOnThePendingWords_andSelectsIt() {
        CommentScene.Submitted s = scene.submit(TEXT);
        CommentThreadsViewModel vm = viewModel(scene.editor);
        vm.showRequestSection(s.request(), s.section());
        assertThat(vm.postCommand().isExecutable()).isFalse();

        vm.startComment(new Anchor(4, 11, "harbour"));
        vm.draftProperty().set("  Which\u0000 harbour?  ");
        vm.postCommand().execute();

        assertThat(vm.threads()).singleElement().satisfies(thread -> {
            assertThat(thread.quote()).isEqualTo("harbour");
            assertThat(thread.comments()).extracting(Comment::body).containsExactly("Which harbour?");
        });
        assertThat(vm.selectedThreadProperty().get()).isEqualTo(vm.threads().get(0));
        assertThat(vm.pendingProperty().get()).isNull();
        assertThat(vm.draftProperty().get()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).isEmpty();
        assertThat(vm.byline(vm.threads().get(0).comments().get(0))).startsWith("Editor ").endsWith(" · 2 hours ago");
        assertThat(vm.writtenAt(vm.threads().get(0).comments().get(0))).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
    }

    @Test
    void postCommand_refusesTooLongWords_withAMessage_andKeepsTheDraft() {
        CommentScene.Submitted s = scene.submit(TEXT);
        CommentThreadsViewModel vm = viewModel(scene.editor);
        vm.showRequestSection(s.request(), s.section());
        vm.startComment(new Anchor(4, 11, "harbour"));
        String draft = "x".repeat(10_001);
        vm.draftProperty().set(draft);

        vm.postCommand().execute();

        assertThat(vm.messageProperty().get()).contains("10,000");
        assertThat(vm.draftProperty().get()).isEqualTo(draft);
        assertThat(scene.editor.threads(s.request(), s.section())).isEmpty();
    }

    @Test
    void reply_addsToTheThread_andBlankRepliesAreRefusedHere() {
        CommentScene.Submitted s = scene.submit(TEXT);
        scene.editor.start(s.request(), s.section(), 4, 11, "harbour", "Which harbour?");
        CommentThreadsViewModel vm = viewModel(scene.writer);
        vm.showRequestSection(s.request(), s.section());

        assertThat(vm.reply(vm.threads().get(0), " \n ")).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo(CommentText.BLANK);
        assertThat(vm.reply(vm.threads().get(0), "The old one.")).isTrue();

        assertThat(vm.threads().get(0).comments()).extracting(Comment::body).containsExactly("Which harbour?", "The old one.");
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void resolve_hidesTheThreadUnlessResolvedAreShown_andReopenBringsItBack() {
        CommentScene.Submitted s = scene.submit(TEXT);
        scene.editor.start(s.request(), s.section(), 4, 11, "harbour", "Which harbour?");
        CommentThreadsViewModel vm = viewModel(scene.writer);
        vm.showRequestSection(s.request(), s.section());

        vm.resolve(vm.threads().get(0));

        assertThat(vm.threads()).singleElement().extracting(CommentThread::resolved).isEqualTo(true);
        assertThat(vm.shownThreads()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).isEqualTo(CommentThreadsViewModel.ALL_RESOLVED);
        vm.showResolvedProperty().set(true);
        assertThat(vm.shownThreads()).hasSize(1);
        vm.reopen(vm.shownThreads().get(0));
        assertThat(vm.threads().get(0).resolved()).isFalse();
    }

    @Test
    void resolve_showsTheDatabasesRefusal_toSomeoneWhoMayNot() {
        CommentScene.Submitted s = scene.submit(TEXT);
        scene.editor.start(s.request(), s.section(), 4, 11, "harbour", "Which harbour?");
        CommentThreadsViewModel vm = viewModel(scene.consultant);
        vm.showRequestSection(s.request(), s.section());

        vm.resolve(vm.threads().get(0));

        assertThat(vm.messageProperty().get()).startsWith("Only the comment's author");
        assertThat(vm.threads().get(0).resolved()).isFalse();
    }

    @Test
    void showSection_listsEveryRequestsThreads_andOffersNoNewComment() {
        CommentScene.Submitted s = scene.submit(TEXT);
        scene.editor.start(s.request(), s.section(), 4, 11, "harbour", "Which harbour?");
        CommentThreadsViewModel vm = viewModel(scene.writer);

        vm.showSection(s.section());
        vm.startComment(new Anchor(0, 3, "The"));

        assertThat(vm.threads()).hasSize(1);
        assertThat(vm.canCommentProperty().get()).isFalse();
        assertThat(vm.pendingProperty().get()).isNull();
        vm.showSection(scene.submit("Nothing said about this.\n").section());
        assertThat(vm.emptyTextProperty().get()).isEqualTo(CommentThreadsViewModel.EMPTY_SECTION);
    }

    @Test
    void locate_selectsTheThread_andFindsItsWordsInTheChangedText() {
        CommentScene.Submitted s = scene.submit(TEXT);
        scene.editor.start(s.request(), s.section(), 4, 11, "harbour", "Which harbour?");
        CommentThreadsViewModel vm = viewModel(scene.writer);
        vm.showSection(s.section());
        List<Anchor> located = new ArrayList<>();
        vm.setOnLocate(thread -> vm.whereIs(thread).ifPresent(located::add));

        vm.textShown("Late. The harbour was quiet.");
        vm.locate(vm.threads().get(0));

        assertThat(vm.selectedThreadProperty().get()).isEqualTo(vm.threads().get(0));
        assertThat(located).containsExactly(new Anchor(10, 17, "harbour"));
        assertThat(vm.detached(vm.threads().get(0))).isFalse();
        vm.textShown("The port was quiet.");
        assertThat(vm.detached(vm.threads().get(0))).isTrue();
    }

    @Test
    void changed_coalescesAnnouncementsIntoOneReload_whileOneIsRunning() {
        CommentScene.Submitted s = scene.submit(TEXT);
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        CommentThreadsViewModel vm = new CommentThreadsViewModel(scene.writer, executor, clock);
        vm.showSection(s.section());
        assertThat(executor.waiting()).isEqualTo(1);

        scene.editor.start(s.request(), s.section(), 4, 11, "harbour", "Which harbour?");
        vm.changed();
        vm.changed();
        vm.changed();
        assertThat(executor.waiting()).isEqualTo(1);
        executor.run(0);

        assertThat(executor.waiting()).as("one reload for every announcement during the first").isEqualTo(1);
        executor.runAll();
        assertThat(vm.threads()).hasSize(1);
    }
}
