package studio.quire.brand.compliance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Boxes on the canvas: overlap, containment, gaps. */
class BoxTest {
    private static final Box BOX = new Box(100, 100, 200, 100);

    @Test
    void overlaps_isFalse_forBoxesThatOnlyTouch() {
        assertThat(BOX.overlaps(new Box(300, 100, 50, 50))).isFalse();
        assertThat(BOX.overlaps(new Box(299, 100, 50, 50))).isTrue();
    }

    @Test
    void contains_includesTheEdges() {
        assertThat(BOX.contains(BOX)).isTrue();
        assertThat(BOX.contains(new Box(99, 100, 10, 10))).isFalse();
    }

    @Test
    void gapTo_isTheLargerOfTheHorizontalAndVerticalGaps_andZeroWhenTheyMeet() {
        assertThat(BOX.gapTo(new Box(310, 230, 10, 10))).isEqualTo(30);
        assertThat(BOX.gapTo(new Box(150, 150, 10, 10))).isZero();
    }

    @Test
    void grow_addsTheMarginOnEverySide() {
        assertThat(BOX.grow(10)).isEqualTo(new Box(90, 90, 220, 120));
    }

    @Test
    void constructor_refusesANegativeSize() {
        assertThatThrownBy(() -> new Box(0, 0, -1, 5)).hasMessageContaining("not negative");
    }
}
