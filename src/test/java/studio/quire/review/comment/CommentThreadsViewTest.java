package studio.quire.review.comment;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;
import studio.quire.testsupport.DatabaseViewTest;
import studio.quire.testsupport.FxTests;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/**
 * The review screen's pair, the anchored text and the threads beside it, driven as a reviewer and
 * a writer would, against the real database: select words, comment, reply, resolve, reopen.
 */
@studio.quire.testsupport.Slow
class CommentThreadsViewTest extends DatabaseViewTest {
    private static final String TEXT = "# Night\n\nThe **harbour** was quiet the night the ferry did not come.\n";
    private static CommentScene scene;
    private CommentThreadsViewModel viewModel;
    private AnchoredTextView text;

    @BeforeAll
    static void database() {
        scene = new CommentScene(db, "Comment views");
    }

    private CommentScene.Submitted mount(FxRobot robot, CommentRepository as) {
        CommentScene.Submitted s = scene.submit(TEXT);
        Document document = MarkdownFormat.parse(TEXT);
        robot.interact(() -> {
            viewModel = new CommentThreadsViewModel(as, executor, Clock.systemUTC());
            text = new AnchoredTextView(viewModel);
            root.setCenter(text);
            root.setRight(new CommentThreadsView(viewModel));
            text.show(document);
            viewModel.showRequestSection(s.request(), s.section());
        });
        return s;
    }

    /** A value read on the FX thread. */
    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isCard(Node node, String quote) {
        return node instanceof ListCell<?> cell && cell.getItem() instanceof CommentThread thread
                && thread.quote().equals(quote) && FxTests.visible(cell);
    }

    private static Node card(FxRobot robot, String quote) {
        waitUntil(() -> robot.lookup((Node n) -> isCard(n, quote)).tryQuery().isPresent());
        return robot.lookup((Node n) -> isCard(n, quote)).query();
    }

    private static boolean shows(Node card, String words) {
        return card.lookupAll(".comment-body").stream().anyMatch(n -> n instanceof Label l && l.getText().equals(words));
    }

    @Test
    void commentOnSelection_opensTheNewComment_andCtrlEnterPostsIt_asAThreadCard(FxRobot robot) {
        CommentScene.Submitted s = mount(robot, scene.editor);
        assertThat(fx(() -> text.area().getText())).isEqualTo(CommentAnchors.plainText(MarkdownFormat.parse(TEXT)));
        waitUntil(() -> robot.lookup("#commentsEmpty").queryLabeled().getText().equals(CommentThreadsViewModel.EMPTY_REQUEST));
        int start = "Night\nThe ".length();

        robot.interact(() -> text.area().selectRange(start, start + "harbour".length()));
        robot.clickOn("#commentOnSelectionButton");
        waitUntil(() -> FxTests.visible(robot.lookup("#newCommentBox").query()));
        robot.clickOn("#commentDraft").write("Which harbour?");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        Node card = card(robot, "harbour");
        assertThat(shows(card, "Which harbour?")).isTrue();
        assertThat(robot.lookup("#newCommentBox").query().isVisible()).isFalse();
        assertThat(scene.writer.threads(s.request(), s.section())).singleElement()
                .satisfies(t -> assertThat(t.anchorStart()).isEqualTo(start));
    }

    @Test
    void ctrlAltM_startsAComment_andEscapeGivesItUp(FxRobot robot) {
        mount(robot, scene.editor);
        int start = CommentAnchors.plainText(MarkdownFormat.parse(TEXT)).indexOf("ferry");

        robot.interact(() -> text.area().selectRange(start, start + 5));
        robot.clickOn("#anchoredText");
        robot.interact(() -> text.area().selectRange(start, start + 5));
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT, KeyCode.CONTROL);
        waitUntil(() -> FxTests.visible(robot.lookup("#newCommentBox").query()));
        assertThat(viewModel.pendingProperty().get().quote()).isEqualTo("ferry");

        robot.clickOn("#commentDraft").write("Gone soon").type(KeyCode.ESCAPE);

        waitUntil(() -> !robot.lookup("#newCommentBox").query().isVisible());
        assertThat(viewModel.draftProperty().get()).isEmpty();
    }

    @Test
    void reply_withEnter_addsToTheCard_andResolveCollapsesIt_untilShownAndReopened(FxRobot robot) {
        CommentScene.Submitted s = scene.submit(TEXT);
        scene.editor.start(s.request(), s.section(), 10, 17, "harbour", "Which harbour?");
        Document document = MarkdownFormat.parse(TEXT);
        robot.interact(() -> {
            viewModel = new CommentThreadsViewModel(scene.writer, executor, Clock.systemUTC());
            text = new AnchoredTextView(viewModel);
            root.setCenter(text);
            root.setRight(new CommentThreadsView(viewModel));
            text.show(document);
            viewModel.showRequestSection(s.request(), s.section());
        });
        Node card = card(robot, "harbour");

        robot.clickOn(card.lookup("#replyField")).write("The old one.").type(KeyCode.ENTER);
        waitUntil(() -> shows(card(robot, "harbour"), "The old one."));
        robot.clickOn(card(robot, "harbour").lookup("#resolveButton"));

        waitUntil(() -> robot.lookup("#commentsEmpty").queryLabeled().getText().equals(CommentThreadsViewModel.ALL_RESOLVED));
        robot.clickOn("#showResolvedToggle");
        Node resolved = card(robot, "harbour");
        assertThat(resolved.lookup(".comment-card").getStyleClass()).contains("resolved");
        assertThat(resolved.lookup("#replyField")).isNull();
        robot.clickOn(resolved.lookup("#reopenButton"));
        waitUntil(() -> card(robot, "harbour").lookup("#replyField") != null);
    }

    @Test
    void aCard_strikesItsWords_whenTheTextShownNoLongerHoldsThem(FxRobot robot) {
        CommentScene.Submitted s = scene.submit(TEXT);
        scene.editor.start(s.request(), s.section(), 10, 17, "harbour", "Which harbour?");
        robot.interact(() -> {
            viewModel = new CommentThreadsViewModel(scene.editor, executor, Clock.systemUTC());
            text = new AnchoredTextView(viewModel);
            root.setCenter(text);
            root.setRight(new CommentThreadsView(viewModel));
            text.show(MarkdownFormat.parse(TEXT));
            viewModel.showRequestSection(s.request(), s.section());
        });
        assertThat(card(robot, "harbour").lookup(".comment-detached-note")).isNull();

        robot.interact(() -> text.show(MarkdownFormat.parse("The port was quiet.\n")));

        waitUntil(() -> card(robot, "harbour").lookup(".comment-detached-note") != null);
        assertThat(card(robot, "harbour").lookup(".comment-quote").getStyleClass()).contains("detached");
    }

    @Test
    void clickingHighlightedWords_selectsTheirThread_andLocatingAThreadSelectsItsWords(FxRobot robot) {
        CommentScene.Submitted s = scene.submit(TEXT);
        scene.editor.start(s.request(), s.section(), 10, 17, "harbour", "Which harbour?");
        scene.editor.start(s.request(), s.section(), 42, 47, "ferry", "Which ferry?");
        Document document = MarkdownFormat.parse(TEXT);
        robot.interact(() -> {
            viewModel = new CommentThreadsViewModel(scene.editor, executor, Clock.systemUTC());
            text = new AnchoredTextView(viewModel);
            root.setCenter(text);
            root.setRight(new CommentThreadsView(viewModel));
            text.show(document);
            viewModel.showRequestSection(s.request(), s.section());
        });
        card(robot, "ferry");
        waitUntil(() -> text.area().getText().substring(42, 47).equals("ferry"));

        Bounds harbour = fx(() -> text.area().getCharacterBoundsOnScreen(12, 13).orElseThrow());
        robot.clickOn(harbour.getCenterX(), harbour.getCenterY());

        waitUntil(() -> viewModel.selectedThreadProperty().get() != null
                && viewModel.selectedThreadProperty().get().quote().equals("harbour"));
        robot.clickOn(card(robot, "ferry"));
        waitUntil(() -> text.area().getSelectedText().equals("ferry"));
        assertThat(fx(() -> text.area().getSelection().getStart())).isEqualTo(42);
    }
}
