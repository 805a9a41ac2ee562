package studio.quire.app;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.quire.db.Database;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.editor.revision.RevisionRepository;
import studio.quire.editor.view.EditorArea;
import studio.quire.demo.DemoBook;
import studio.quire.demo.DemoManuscript;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.TreeNode;
import studio.quire.text.MarkdownFormat;
import studio.quire.project.Project;
import studio.quire.review.ReviewRepository;
import studio.quire.review.comment.CommentAnchors;
import studio.quire.review.comment.CommentRepository;
import studio.quire.review.comment.CommentThread;
import studio.quire.testsupport.FxTests;
import studio.quire.testsupport.Slow;
import studio.quire.testsupport.StudioFixture;
import studio.quire.testsupport.TestDatabase;
import studio.quire.ui.FxTaskExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import studio.quire.session.Session;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/**
 * The writing desk as the studio builds it, on the real database: pick a section in the binder,
 * type, and the text is saved; leave the section and its writing session ends with an automatic
 * revision and a recorded session; focus mode leaves only the editor.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class WritingDeskTest {
    private static StudioFixture fixture;
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static Project project;
    private static DemoBook book;

    private FxTaskExecutor executor;
    private StudioFeatures features;
    private Session session;
    private Node desk;
    private final List<String> notices = new ArrayList<>();

    @BeforeAll
    static void seed() {
        fixture = StudioFixture.withBook("Desk Org", DemoManuscript.generate(3_000, 4, 3, "Desk Book"));
        db = fixture.db();
        org = fixture.org();
        project = fixture.project();
        book = fixture.book();
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        StudioFixture.WriterStudio writer = fixture.writerStudio("quire-desk");
        executor = writer.executor();
        session = writer.opener().open(step -> { });
        features = new StudioFeatures(executor, writer.opener(), p -> { }, notices::add);
        desk = features.manuscript(session, project);
        BorderPane window = new BorderPane(desk);
        window.setBottom(features.statusItem(session).orElseThrow());
        FxTests.show(stage, window);
    }

    @AfterEach
    void stop() throws Exception {
        robotless(() -> ((studio.quire.writing.WritingDeskView) desk).close());
        executor.close();
        features.close();
        session.close();
        if (writerDb != null) {
            writerDb.close();
        }
    }

    @Test
    void typingInASection_savesIt_andLeavingItKeepsAnAutomaticRevisionAndRecordsTheSession(FxRobot robot) {
        String first = book.chapters().get(0).sections().get(0).title();
        String second = book.chapters().get(0).sections().get(1).title();
        UUID firstId = sectionId(first);

        robot.clickOn(cell(robot, first));
        waitUntil(() -> area(robot).getLength() > 100);
        robot.clickOn(area(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        robot.write(" Quillfeather");

        SectionTextRepository texts = new SectionTextRepository(writer().dsl());
        waitUntil(() -> texts.load(firstId).body().contains("Quillfeather"));
        waitUntil(() -> robot.lookup((Labeled l) -> "Saved".equals(l.getText()) && FxTests.visible(l)).tryQuery().isPresent());

        robot.clickOn(cell(robot, second));
        RevisionRepository revisions = new RevisionRepository(writer().dsl());
        waitUntil(() -> revisions.list(firstId).stream().anyMatch(r -> r.kind() == studio.quire.text.RevisionKind.AUTOMATIC));
        waitUntil(() -> writer().dsl().fetchCount(studio.quire.db.schema.Tables.WRITING_SESSION,
                studio.quire.db.schema.Tables.WRITING_SESSION.NODE_ID.eq(firstId)) == 1);
        assertThat(notices).isEmpty();
    }

    @Test
    void focusMode_leavesOnlyTheEditor_andF11BringsTheBinderBack(FxRobot robot) {
        String first = book.chapters().get(0).sections().get(0).title();
        robot.clickOn(cell(robot, first));
        waitUntil(() -> area(robot).getLength() > 100);

        // Pressed with the binder focused, as right after picking a section.
        robot.type(KeyCode.F11);
        waitUntil(() -> robot.lookup("#tree").tryQuery().map(n -> n.getScene() == null || !FxTests.visible(n)).orElse(true));

        robot.clickOn(area(robot));
        robot.type(KeyCode.F11);
        waitUntil(() -> robot.lookup("#tree").tryQuery().map(FxTests::visible).orElse(false));
    }

    @Test
    void comparingWithANamedRevision_rejectingTheChange_savesTheMergedTextAndRecordsIt(FxRobot robot) {
        String title = book.chapters().get(0).sections().get(2).title();
        UUID id = sectionId(title);
        RevisionRepository revisions = new RevisionRepository(writer().dsl());
        revisions.keepNamed(id, "Before Quillfeather");
        robot.clickOn(cell(robot, title));
        waitUntil(() -> area(robot).getLength() > 100);
        robot.clickOn(area(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        robot.write(" Quillfeather");
        SectionTextRepository texts = new SectionTextRepository(writer().dsl());
        waitUntil(() -> texts.load(id).body().contains("Quillfeather"));

        robot.clickOn(robot.lookup((Labeled l) -> "Revisions".equals(l.getText()) && FxTests.visible(l)).queryAs(Node.class));
        waitUntil(() -> robot.lookup((Labeled l) -> l.getText() != null && l.getText().contains("Before Quillfeather")
                && FxTests.visible(l)).tryQuery().isPresent());
        robot.clickOn(robot.lookup((Labeled l) -> l.getText() != null && l.getText().contains("Before Quillfeather")
                && FxTests.visible(l)).queryAs(Node.class));
        robot.clickOn("#compareButton");
        waitUntil(() -> robot.lookup((Labeled l) -> "Inserted “Quillfeather”".equals(l.getText()) && FxTests.visible(l))
                .tryQuery().isPresent());
        robot.type(KeyCode.F7);
        waitUntil(() -> robot.lookup((Text t) -> t.getText().contains("Quillfeather") && t.getStyleClass().contains("inserted")
                && t.getStyleClass().contains("current-change")).tryQuery().isPresent());
        robot.clickOn("#rejectButton");
        waitUntil(() -> robot.lookup((Text t) -> t.getText().contains("Quillfeather") && t.getStyleClass().contains("rejected"))
                .tryQuery().isPresent());
        robot.clickOn("#saveButton");

        waitUntil(() -> robot.lookup("#lineList").tryQuery().isEmpty());
        waitUntil(() -> !area(robot).getText().contains("Quillfeather"));
        waitUntil(() -> !texts.load(id).body().contains("Quillfeather"));
        waitUntil(() -> revisions.list(id).stream().anyMatch(r -> r.name() != null && r.name().startsWith("Merged: ")
                && r.kind() == studio.quire.text.RevisionKind.RESTORED));
        assertThat(revisions.list(id)).anyMatch(r -> "Before merging".equals(r.name()));
        assertThat(notices).isEmpty();
    }

    @Test
    void comparingAChapter_showsEverySectionWithItsTitle_forReadingOnly(FxRobot robot) {
        String chapter = book.chapters().get(0).title();
        String firstSection = book.chapters().get(0).sections().get(0).title();
        robot.clickOn(cell(robot, chapter));
        robot.clickOn(robot.lookup((Labeled l) -> "Revisions".equals(l.getText()) && FxTests.visible(l)).queryAs(Node.class));
        waitUntil(() -> robot.lookup("#chapterComparison").tryQuery().map(FxTests::visible).orElse(false));
        assertThat(robot.lookup((Labeled l) -> l.getText() != null && l.getText().startsWith("Compare “" + chapter + "”"))
                .tryQuery()).isPresent();

        robot.clickOn("#compareChapterButton");

        waitUntil(() -> robot.lookup((Text t) -> firstSection.equals(t.getText())
                && t.getStyleClass().contains("part-title-text")).tryQuery().isPresent());
        // written today, so at the end of yesterday the chapter held none of these words
        assertThat(robot.lookup((Labeled l) -> l.getText() != null && l.getText().matches("[\\d,]+ words added")
                && l.getScene() != desk.getScene()).tryQuery()).isPresent();
        assertThat(robot.lookup("#saveButton").tryQuery().map(FxTests::visible).orElse(false)).as("a chapter is for reading").isFalse();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#lineList").tryQuery().isEmpty());
    }

    @Test
    void submittingASectionFromTheReviewTab_pinsItAndTheTabSaysWhereItStands(FxRobot robot) {
        String title = book.chapters().get(0).sections().get(3).title();
        UUID id = sectionId(title);
        robot.clickOn(cell(robot, title));
        robot.clickOn(robot.lookup((Labeled l) -> "Review".equals(l.getText()) && FxTests.visible(l)).queryAs(Node.class));
        waitUntil(() -> robot.lookup("#submitForReviewButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));

        robot.clickOn("#submitForReviewButton");

        waitUntil(() -> robot.lookup("#reviewStatus").queryAs(Labeled.class).getText().startsWith("In review: step 1 of 2"));
        assertThat(writer().dsl().fetchValue("select status from quire.node where id = ?", id)).isEqualTo("in_review");
        assertThat(writer().dsl().fetchValue("select count(*) from quire.review_section where node_id = ?", id))
                .isEqualTo(1L);

        // The revision the submission kept is listed at once, without opening the section again.
        robot.clickOn(robot.lookup((Labeled l) -> "Revisions".equals(l.getText()) && FxTests.visible(l)).queryAs(Node.class));
        waitUntil(() -> robot.lookup((Labeled l) -> "Submitted for review".equals(l.getText()) && FxTests.visible(l))
                .tryQuery().isPresent());
    }

    @Test
    void commentMargin_showsTheOpenSectionsThreads_liveAndClickingOneSelectsItsWordsInTheEditor(FxRobot robot)
            throws Exception {
        String title = book.chapters().get(0).sections().get(1).title();
        UUID id = sectionId(title);
        String plain = CommentAnchors.plainText(MarkdownFormat.parse(new SectionTextRepository(writer().dsl()).load(id).body()));
        int start = plain.indexOf(' ', 40) + 1;
        String quote = plain.substring(start, start + 12);
        UUID request = new ReviewRepository(writer().dsl()).submit(id);
        try (Database editor = db.open(db.as(org.editor()))) {
            new CommentRepository(editor.dsl()).start(request, id, start, start + 12, quote, "Tighten this.");
            waitUntil(() -> FxTests.visible(robot.lookup("#commentMarginCount").query()));

            robot.clickOn(cell(robot, title));
            EditorArea editorArea = robot.lookup("#editorArea").queryAs(EditorArea.class);
            waitUntil(() -> editorArea.getLength() > 100);
            marginCard(robot, quote);
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(marginCard(robot, quote).lookup(".comment-quote"));

            waitUntil(() -> editorArea.getSelectedText().equals(quote));
            assertThat(editorArea.getSelection().getStart()).isEqualTo(start);
            String later = plain.substring(0, 5);
            new CommentRepository(editor.dsl()).start(request, id, 0, 5, later, "And here.");
            marginCard(robot, later);
        }
    }

    private static Node marginCard(FxRobot robot, String quote) {
        java.util.function.Predicate<Node> card = n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof CommentThread t && t.quote().equals(quote) && FxTests.visible(c);
        waitUntil(() -> robot.lookup(card).tryQuery().isPresent());
        return robot.lookup(card).query();
    }

    private Database writerDb;

    /** Runs on the FX thread and waits for it. */
    private static void robotless(Runnable work) throws Exception {
        FxToolkit.setupFixture(work);
    }

    private Database writer() {
        if (writerDb == null) {
            writerDb = db.open(db.as(org.writer()));
        }
        return writerDb;
    }

    private UUID sectionId(String title) {
        return new ManuscriptTreeRepository(writer().dsl()).loadTree(project.id()).stream()
                .filter(n -> n.kind() == NodeKind.SECTION && n.title().equals(title)).map(TreeNode::id)
                .findFirst().orElseThrow();
    }

    private static Node cell(FxRobot robot, String title) {
        return StudioFixture.binderRow(robot, title);
    }

    private static EditorArea area(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof EditorArea).queryAs(EditorArea.class);
    }
}
