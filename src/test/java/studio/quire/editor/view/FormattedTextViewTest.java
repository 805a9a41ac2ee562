package studio.quire.editor.view;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.quire.editor.ParStyle;
import studio.quire.testsupport.FxTests;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FormattedTextViewTest {
    private FormattedTextView view;

    @Start
    void start(Stage stage) {
        view = new FormattedTextView("# Title\n\nSome **bold** text.\n");
        FxTests.show(stage, view);
    }

    @Test
    void constructor_showsFormattedTextWithoutMarkup_andRefusesTyping(FxRobot robot) {
        EditorArea area = robot.lookup("#formattedText").queryAs(EditorArea.class);
        robot.clickOn(area).write("x");

        assertThat(view.text()).isEqualTo("Title\nSome bold text.");
        assertThat(area.getParagraph(0).getParagraphStyle()).isEqualTo(ParStyle.heading(1));
        assertThat(area.getStyleOfChar(1, 6).bold()).isTrue();
    }
}
