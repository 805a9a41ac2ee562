package studio.quire.app.window;

import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.quire.testsupport.FxTests;

import java.util.ArrayList;
import java.util.List;

import studio.quire.testsupport.LayoutAssertions;
import static org.assertj.core.api.Assertions.assertThat;

/** F1: the list holds the writing shortcuts too, and no entry wraps or is cut. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FxTests.show(stage, new StackPane());
        stage.setWidth(LayoutAssertions.LAPTOP_WINDOW_WIDTH);
        stage.setHeight(LayoutAssertions.LAPTOP_WINDOW_HEIGHT);
    }

    @Test
    void shortcuts_listTheWritingKeys_eachOnOneLineAndWhole(FxRobot robot) {
        List<Dialog<?>> shown = new ArrayList<>();
        robot.interact(() -> {
            Dialog<?> dialog = Dialogs.shortcuts(stage);
            dialog.show();
            shown.add(dialog);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Dialog<?> dialog = shown.get(0);
        List<String> texts = new ArrayList<>();
        List<Labeled> labels = new ArrayList<>();
        for (Node node : dialog.getDialogPane().lookupAll(".label")) {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                texts.add(labeled.getText());
                labels.add(labeled);
            }
        }

        assertThat(texts).contains("Ctrl+B", "Bold", "Ctrl+I", "Italic", "Ctrl+F", "Find in the section", "Ctrl+Z",
                "Undo", "Ctrl+Y", "Redo", "Ctrl+Shift+S", "Keep a named revision", "F11", "Focus mode (Esc leaves it)",
                "Ctrl+Alt+M", "Comment on the selected words", "F7", "Next change", "Shift+F7", "Ctrl+H", "F3", "F1");
        for (Labeled label : labels) {
            LayoutAssertions.assertWhole(label);
            assertThat(label.isWrapText()).as("%s wraps", label.getText()).isFalse();
            double line = label.getFont().getSize() * 2;
            assertThat(label.getHeight()).as("height of %s", label.getText()).isLessThan(line + label.snappedTopInset()
                    + label.snappedBottomInset());
        }
        robot.interact(dialog::close);
    }
}
