package studio.quire.testsupport;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that what a control draws is whole: no "…" in place of a label's end, no unnamed icon. */
public final class LayoutAssertions {
    /** What Quire's first window measures on a 1280×800 laptop screen. */
    public static final double LAPTOP_WINDOW_WIDTH = 1228;
    public static final double LAPTOP_WINDOW_HEIGHT = 768;

    private LayoutAssertions() {
    }

    /** The text the label draws is all of its text (no "…" in place of its end). */
    public static void assertWhole(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        Text drawn = (Text) labeled.lookupAll(".text").stream().filter(n -> n instanceof Text && n.getParent() == labeled)
                .findFirst().orElse(null);
        String shown = drawn == null ? "" : drawn.getText();
        assertThat(shown).as("drawn text of %s (%s)", text, labeled.getId()).isEqualTo(text);
    }

    /** Either its whole text shows, or it shows only an icon and says its name to a tooltip and a screen reader. */
    public static void assertWholeOrNamedIcon(Labeled labeled) {
        if (labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            assertThat(labeled.getGraphic()).as("icon of %s", labeled.getText()).isNotNull();
            assertThat(labeled.getTooltip()).as("tooltip of %s", labeled.getText()).isNotNull();
            assertThat(labeled.getTooltip().getText()).isNotBlank();
            assertThat(labeled.getAccessibleText()).as("accessible text of %s", labeled.getText()).isNotBlank();
        } else {
            assertWhole(labeled);
        }
    }
}
