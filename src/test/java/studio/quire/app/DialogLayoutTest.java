package studio.quire.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
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
import studio.quire.testsupport.LayoutAssertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import studio.quire.app.connect.ConnectionDialog;
import studio.quire.app.connect.ConnectionFormViewModel;
import static org.assertj.core.api.Assertions.assertThat;

/** The window's own dialogs under the theme (whose dialogs are at most 600 px wide): every label whole. */
@ExtendWith(ApplicationExtension.class)
class DialogLayoutTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FxTests.show(stage, new StackPane());
    }

    @Test
    void connectionDialog_showsEveryLabelWhole_andWrapsTheLongCheckBox(FxRobot robot) {
        List<ConnectionDialog> shown = new ArrayList<>();
        robot.interact(() -> {
            ConnectionDialog dialog = new ConnectionDialog(new ConnectionFormViewModel(Optional.empty()));
            dialog.initOwner(stage);
            dialog.show();
            shown.add(dialog);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ConnectionDialog dialog = shown.get(0);

        List<String> seen = new ArrayList<>();
        for (Node node : dialog.getDialogPane().lookupAll(".dialog-form .label")) {
            if (node instanceof Labeled label && label.getText() != null && !label.getText().isBlank()
                    && label.getParent() == dialog.getDialogPane().lookup(".dialog-form")) {
                seen.add(label.getText());
                LayoutAssertions.assertWhole(label);
            }
        }
        assertThat(seen).contains("Profile name", "Database", "SSL mode", "Password");
        CheckBox remember = (CheckBox) dialog.getDialogPane().lookupAll(".check-box").iterator().next();
        assertThat(remember.getText()).contains("in a file only you can read");
        assertThat(remember.isWrapText()).isTrue();
        assertThat(remember.getHeight()).as("all its lines shown").isGreaterThanOrEqualTo(remember.prefHeight(remember.getWidth()) - 1);
        robot.interact(dialog::close);
    }
}
