package studio.quire.editor.view;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.quire.compare.view.ComparisonViewModel;
import studio.quire.compare.view.ComparisonWindow;
import studio.quire.editor.ParStyle;
import studio.quire.editor.store.RecordingSectionStore;
import studio.quire.editor.SectionConflictViewModel;
import studio.quire.editor.SectionEditorViewModel;
import studio.quire.testsupport.FxTests;
import studio.quire.ui.FxTaskExecutor;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The section editor driven with keys and clicks, saving to a recording store. */
@ExtendWith(ApplicationExtension.class)
@studio.quire.testsupport.Slow
class SectionEditorViewTest {
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final RecordingSectionStore store = new RecordingSectionStore();
    private final List<String> namedRevisions = new CopyOnWriteArrayList<>();
    private FxTaskExecutor executor;
    private SectionEditorViewModel viewModel;
    private SectionEditorView view;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(Platform::runLater, 2);
        viewModel = new SectionEditorViewModel(store, (id, name) -> namedRevisions.add(name), StyledText::of, executor);
        view = new SectionEditorView(viewModel);
        FxTests.show(stage, view);
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    private EditorArea area() {
        return view.area();
    }

    private void open(FxRobot robot, UUID id, String markdown, boolean readOnly) {
        store.put(id, markdown);
        robot.interact(() -> viewModel.open(id, "Section", readOnly));
        waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.openSectionId() == id);
        robot.clickOn(area());
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.push(all);
    }

    @Test
    void typing_reachesTheStore_andCtrlBMakesTheSelectionBold(FxRobot robot) {
        open(robot, first, "", false);

        robot.write("Hello world");
        shortcut(robot, KeyCode.A);
        shortcut(robot, KeyCode.B);

        waitUntil(() -> "**Hello world**\n".equals(store.text(first)));
        assertThat(area().getText()).isEqualTo("Hello world");
    }

    @Test
    void ctrlI_withNoSelection_makesWhatIsTypedNextItalic(FxRobot robot) {
        open(robot, first, "", false);

        robot.write("Plain ");
        shortcut(robot, KeyCode.I);
        robot.write("slanted");

        waitUntil(() -> "Plain *slanted*\n".equals(store.text(first)));
    }

    @Test
    void shortcuts_setHeadingQuoteAndListKinds(FxRobot robot) {
        open(robot, first, "", false);

        robot.write("Title");
        shortcut(robot, KeyCode.ALT, KeyCode.DIGIT1);
        robot.type(KeyCode.ENTER);
        robot.write("Said");
        shortcut(robot, KeyCode.SHIFT, KeyCode.PERIOD);

        waitUntil(() -> "# Title\n\n> Said\n".equals(store.text(first)));
        assertThat(area().getParagraph(1).getParagraphStyle()).isEqualTo(ParStyle.QUOTE);
    }

    @Test
    void enter_continuesAList_andEndsItOnAnEmptyItem(FxRobot robot) {
        open(robot, first, "", false);

        robot.write("one");
        shortcut(robot, KeyCode.SHIFT, KeyCode.DIGIT7);
        robot.type(KeyCode.ENTER);
        robot.write("two");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        robot.write("after");

        waitUntil(() -> "1. one\n\n1. two\n\nafter\n".equals(store.text(first))
                || "1. one\n\n2. two\n\nafter\n".equals(store.text(first)));
        assertThat(area().getParagraph(1).getParagraphStyle()).isEqualTo(ParStyle.NUMBERED);
        assertThat(area().getParagraph(2).getParagraphStyle()).isEqualTo(ParStyle.BODY);
    }

    @Test
    void undoAndRedo_takeBackAndRedoAStyleChange(FxRobot robot) {
        open(robot, first, "Some words\n", false);

        shortcut(robot, KeyCode.A);
        shortcut(robot, KeyCode.B);
        waitUntil(() -> area().getStyleOfChar(0).bold());
        shortcut(robot, KeyCode.Z);
        waitUntil(() -> !area().getStyleOfChar(0).bold());
        shortcut(robot, KeyCode.Y);
        waitUntil(() -> area().getStyleOfChar(0).bold());
        shortcut(robot, KeyCode.Z);
        waitUntil(() -> !area().getStyleOfChar(0).bold());
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);

        waitUntil(() -> area().getStyleOfChar(0).bold());
        waitUntil(() -> "**Some words**\n".equals(store.text(first)));
    }

    @Test
    void setLink_makesTheSelectionALink_storedAsMarkdownLink(FxRobot robot) {
        open(robot, first, "Some words\n", false);

        robot.interact(() -> {
            area().selectRange(5, 10);
            area().setLink("https://example.org");
        });

        waitUntil(() -> "Some [words](https://example.org)\n".equals(store.text(first)));
        assertThat(area().getText()).isEqualTo("Some words");
    }

    @Test
    void open_forgetsTheUndoHistory(FxRobot robot) {
        open(robot, first, "Text\n", false);

        assertThat(area().isUndoAvailable()).isFalse();
        shortcut(robot, KeyCode.Z);
        assertThat(area().getText()).isEqualTo("Text");
    }

    private boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).query().isDisabled();
    }

    @Test
    void undoButton_followsTheUndoHistory_throughAPasteAndCtrlZ(FxRobot robot) {
        open(robot, first, "Unchanged words\n", false);
        waitUntil(() -> disabled(robot, "#undoButton") && disabled(robot, "#redoButton"));
        robot.interact(() -> {
            area().moveTo(area().getLength());
            ClipboardContent content = new ClipboardContent();
            content.putString(" and pasted ones");
            Clipboard.getSystemClipboard().setContent(content);
        });

        shortcut(robot, KeyCode.V);
        waitUntil(() -> area().getText().equals("Unchanged words and pasted ones"));
        waitUntil(() -> !disabled(robot, "#undoButton"));
        assertThat(disabled(robot, "#redoButton")).isTrue();

        shortcut(robot, KeyCode.Z);
        waitUntil(() -> area().getText().equals("Unchanged words"));
        waitUntil(() -> disabled(robot, "#undoButton") && !disabled(robot, "#redoButton"));

        robot.clickOn("#redoButton");
        waitUntil(() -> area().getText().equals("Unchanged words and pasted ones"));
        waitUntil(() -> !disabled(robot, "#undoButton") && disabled(robot, "#redoButton"));
    }

    @Test
    void undoButton_isDisabled_onEachNewlyOpenedSection(FxRobot robot) {
        open(robot, first, "First\n", false);
        robot.write(" typed");
        waitUntil(() -> !disabled(robot, "#undoButton"));

        open(robot, second, "Second\n", false);

        waitUntil(() -> area().getText().equals("Second"));
        waitUntil(() -> disabled(robot, "#undoButton") && disabled(robot, "#redoButton"));
    }

    @Test
    void findBar_findsNextWithCount_andReplaceAllIsOneUndoStep(FxRobot robot) {
        open(robot, first, "The cat and the dog and the end\n", false);
        robot.interact(() -> area().moveTo(0));

        shortcut(robot, KeyCode.H);
        robot.write("the");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> label(robot, "#findCount").equals("2 of 3"));
        assertThat(area().getSelectedText()).isEqualTo("the");
        robot.clickOn("#replaceField").write("a");
        robot.clickOn("#replaceAllButton");

        waitUntil(() -> area().getText().equals("a cat and a dog and a end"));
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#findBar").query().isVisible()).isFalse();
        shortcut(robot, KeyCode.Z);
        waitUntil(() -> area().getText().equals("The cat and the dog and the end"));
    }

    @Test
    void findBar_honoursMatchCase_andShiftEnterGoesBack(FxRobot robot) {
        open(robot, first, "The cat and the dog and the end\n", false);

        shortcut(robot, KeyCode.F);
        robot.clickOn("#matchCase");
        robot.clickOn("#findField").write("the");
        waitUntil(() -> label(robot, "#findCount").contains("of 2"));
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);

        waitUntil(() -> label(robot, "#findCount").equals("2 of 2") || label(robot, "#findCount").equals("1 of 2"));
        assertThat(FxTests.visible(robot.lookup("#replaceField").query())).isFalse();
    }

    @Test
    void footer_countsTheSectionAndTheSelection(FxRobot robot) {
        open(robot, first, "one two three\n\nfour five\n", false);
        waitUntil(() -> label(robot, "#editorCounts").equals("5 words · 22 characters"));

        robot.interact(() -> area().selectRange(4, 13));

        waitUntil(() -> label(robot, "#editorCounts").equals("2 of 5 words selected"));
    }

    @Test
    void f11_togglesFocusMode_andHidesTheToolbar(FxRobot robot) {
        open(robot, first, "Text\n", false);
        Node toolbar = robot.lookup("#boldButton").query().getParent();

        robot.type(KeyCode.F11);

        waitUntil(() -> viewModel.focusModeProperty().get());
        assertThat(FxTests.visible(robot.lookup("#boldButton").query())).isFalse();
        robot.type(KeyCode.F11);
        waitUntil(() -> !viewModel.focusModeProperty().get() && FxTests.visible(toolbar));
    }

    @Test
    void paste_ofAMegabyteOfPlainText_arrivesInFull(FxRobot robot) {
        open(robot, first, "", false);
        String line = "A line of pasted prose that goes on for a while, like a manuscript would.";
        StringBuilder big = new StringBuilder();
        while (big.length() < 1_000_000) {
            big.append(line).append('\n');
        }
        String text = big.toString();
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });

        shortcut(robot, KeyCode.V);

        waitUntil(() -> area().getLength() == text.length());
        assertThat(area().getText()).isEqualTo(text);
        waitUntil(() -> store.text(first) != null && store.text(first).length() > 1_000_000);
    }

    @Test
    void paste_ofTextWithNulBytes_saysWhatWasRemoved(FxRobot robot) {
        open(robot, first, "", false);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("bad\u0000byte");
            Clipboard.getSystemClipboard().setContent(content);
        });

        shortcut(robot, KeyCode.V);

        waitUntil(() -> area().getText().equals("badbyte"));
        assertThat(label(robot, "#editorMessage")).isEqualTo(SectionEditorViewModel.PASTE_CLEANED);
    }

    @Test
    void conflictBanner_useMyVersion_keepsTheirsAsARevisionAndPutsMineBack(FxRobot robot) {
        open(robot, first, "Base.\n", false);

        store.reportConflict(first, "Mine.\n", "Theirs.\n");
        waitUntil(() -> FxTests.visible(robot.lookup("#conflictBanner").query()));
        assertThat(area().getText()).isEqualTo("Theirs.");
        robot.clickOn("#useMineButton");

        waitUntil(() -> area().getText().equals("Mine."));
        assertThat(namedRevisions).containsExactly(SectionConflictViewModel.THEIR_REVISION_NAME);
        waitUntil(() -> "Mine.\n".equals(store.text(first)));
        assertThat(robot.lookup("#conflictBanner").query().isVisible()).isFalse();
    }

    @Test
    void conflictBanner_compare_takesEitherSideChangeByChange_andUsesTheMergedText(FxRobot robot) {
        viewModel.conflict().setOnCompare(request -> ComparisonWindow.show(null,
                new ComparisonViewModel(request, (comparison, title, older, newer) -> "", executor), List.of()));
        open(robot, first, "Base.\n", false);
        store.reportConflict(first, "The dog sat home. It rained.\n", "The cat sat home. It snowed.\n");
        waitUntil(() -> FxTests.visible(robot.lookup("#conflictBanner").query()));

        robot.clickOn("#compareConflictButton");
        waitUntil(() -> robot.lookup((Labeled l) -> "Replaced “cat” with “dog”".equals(l.getText()) && FxTests.visible(l))
                .tryQuery().isPresent());
        robot.type(KeyCode.F7);
        robot.clickOn("#rejectButton");
        waitUntil(() -> robot.lookup((Labeled l) -> l.getText() != null && l.getText().startsWith("1 of 2")).tryQuery().isPresent());
        robot.clickOn("#saveButton");

        waitUntil(() -> area().getText().equals("The cat sat home. It rained."));
        assertThat(namedRevisions).containsExactly(SectionConflictViewModel.THEIR_REVISION_NAME);
        waitUntil(() -> "The cat sat home. It rained.\n".equals(store.text(first)));
        assertThat(robot.lookup("#conflictBanner").query().isVisible()).isFalse();
    }

    @Test
    void conflictBanner_keepTheirs_dismissesTheBannerAndKeepsTheirText(FxRobot robot) {
        open(robot, first, "Base.\n", false);

        store.reportConflict(first, "Mine.\n", "Theirs.\n");
        waitUntil(() -> FxTests.visible(robot.lookup("#conflictBanner").query()));
        robot.clickOn("#keepTheirsButton");

        waitUntil(() -> !robot.lookup("#conflictBanner").query().isVisible());
        assertThat(area().getText()).isEqualTo("Theirs.");
        assertThat(namedRevisions).isEmpty();
    }

    @Test
    void readOnlyMode_refusesTyping_andDisablesTheToolbar(FxRobot robot) {
        open(robot, first, "Fixed.\n", true);

        robot.write("x");

        assertThat(area().getText()).isEqualTo("Fixed.");
        assertThat(robot.lookup("#boldButton").query().isDisabled()).isTrue();
        assertThat(store.calls()).doesNotContain("edited " + first);
    }

    @Test
    void openingASecondSection_flushesTheFirstAfterItsLastEdit(FxRobot robot) {
        open(robot, first, "", false);
        robot.write("Typed");

        robot.interact(() -> viewModel.open(second, "Two", false));

        waitUntil(() -> store.calls().contains("open " + second));
        List<String> calls = store.calls();
        assertThat(calls.indexOf("edited " + first)).isLessThan(calls.indexOf("flush " + first));
        assertThat(store.text(first)).isEqualTo("Typed\n");
    }

    @Test
    void showNothing_showsTheReasonInsteadOfText(FxRobot robot) {
        robot.interact(() -> viewModel.showNothing(SectionEditorViewModel.CONTAINER_SELECTED));

        waitUntil(() -> FxTests.visible(robot.lookup("#editorEmpty").query()));
        assertThat(label(robot, "#editorEmpty")).isEqualTo(SectionEditorViewModel.CONTAINER_SELECTED);
    }
}
