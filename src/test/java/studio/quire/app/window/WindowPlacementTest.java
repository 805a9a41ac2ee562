package studio.quire.app.window;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {

    @Test
    void firstBounds_fillsNearlyAllOfTheScreen_onA1280x800Laptop() {
        Rectangle2D bounds = WindowPlacement.firstBounds(new Rectangle2D(0, 0, 1280, 800));

        assertThat(bounds.getWidth()).isGreaterThanOrEqualTo(1220);
        assertThat(bounds.getHeight()).isGreaterThanOrEqualTo(760);
        assertThat(bounds.getMinX()).isEqualTo((1280 - bounds.getWidth()) / 2, org.assertj.core.data.Offset.offset(1.0));
        assertThat(bounds.getMaxY()).isLessThanOrEqualTo(800);
    }

    @Test
    void firstBounds_staysInsideTheUsableArea_besideAPanel() {
        Rectangle2D usable = new Rectangle2D(0, 27, 1440, 873);

        Rectangle2D bounds = WindowPlacement.firstBounds(usable);

        assertThat(bounds.getMinY()).isGreaterThanOrEqualTo(27);
        assertThat(bounds.getMaxY()).isLessThanOrEqualTo(900);
        assertThat(bounds.getWidth()).isGreaterThanOrEqualTo(1380);
    }

    @Test
    void firstBounds_isCappedAndCentred_onAVeryLargeScreen() {
        Rectangle2D bounds = WindowPlacement.firstBounds(new Rectangle2D(0, 0, 3840, 2160));

        assertThat(bounds.getWidth()).isEqualTo(1760);
        assertThat(bounds.getHeight()).isEqualTo(1100);
        assertThat(bounds.getMinX()).isEqualTo(1040);
    }

    @Test
    void firstBounds_takesTheWholeScreen_whenItIsSmallerThanTheMinimum() {
        Rectangle2D bounds = WindowPlacement.firstBounds(new Rectangle2D(0, 0, 800, 560));

        assertThat(bounds).isEqualTo(new Rectangle2D(0, 0, 800, 560));
    }
}
