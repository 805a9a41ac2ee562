package studio.quire.brand.template;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Layers placed again on canvases of the platforms' sizes, by their constraints. */
class LayoutTest {
    /** The seven platform sizes of issue 12, from 1000 × 1500 to 1600 × 900. */
    private static final List<int[]> PLATFORMS = List.of(new int[] {1080, 1080}, new int[] {1080, 1350},
            new int[] {1080, 1920}, new int[] {1200, 627}, new int[] {1600, 900}, new int[] {1200, 630},
            new int[] {1000, 1500});

    @Test
    void at_keepsEveryFrame_onTheBaseCanvas() {
        Template post = SampleTemplates.post();

        Layout layout = Layout.at(post, 1080, 1080);

        assertThat(layout.scale()).isEqualTo(1.0);
        assertThat(layout.placements()).extracting(Placement::frame)
                .containsExactlyElementsOf(post.layers().stream().map(Layer::frame).toList());
    }

    @Test
    void at_followsEachConstraint_onAWiderShorterCanvas() {
        Layout layout = Layout.at(SampleTemplates.post(), 1600, 900);

        assertThat(layout.frame("band")).contains(new Frame(0, 0, 1600, 200));
        assertThat(layout.frame("title")).contains(new Frame(60, 40, 1480, 140));
        assertThat(layout.frame("logo")).contains(new Frame(1340, 720, 200, 100));
        assertThat(layout.frame("body")).contains(new Frame(60, 620, 700, 220));
        Frame photo = layout.frame("photo").orElseThrow();
        assertThat(photo.x()).isCloseTo(60 * 1600 / 1080.0, within(1e-9));
        assertThat(photo.height()).isCloseTo(540 * 900 / 1080.0, within(1e-9));
        assertThat(layout.scale()).isCloseTo(900 / 1080.0, within(1e-9));
    }

    @Test
    void at_keepsACentredLayerItsOffsetFromTheCentre() {
        Layer badge = Layer.shape("badge", "Badge", new Frame(440, 490, 200, 100), "Sea")
                .withConstraints(new Constraints(HorizontalConstraint.CENTER, VerticalConstraint.CENTER));
        Template t = SampleTemplates.post().withLayers(List.of(badge));

        assertThat(Layout.at(t, 1600, 900).frame("badge")).contains(new Frame(700, 400, 200, 100));
    }

    @Test
    void at_neverStretchesALayerBelowOnePixel_onAMuchSmallerCanvas() {
        Layer bar = Layer.shape("bar", "Bar", new Frame(400, 0, 280, 50), "Sea")
                .withConstraints(new Constraints(HorizontalConstraint.LEFT_RIGHT, VerticalConstraint.TOP));
        Template t = SampleTemplates.post().withLayers(List.of(bar));

        assertThat(Layout.at(t, 500, 500).frame("bar").orElseThrow().width()).isEqualTo(1);
    }

    @Test
    void at_leavesPartOfEveryLayerOnTheCanvas_atEveryPlatformSize() {
        Template post = SampleTemplates.post();
        for (int[] size : PLATFORMS) {
            Layout layout = Layout.at(post, size[0], size[1]);
            Frame canvas = new Frame(0, 0, size[0], size[1]);
            assertThat(layout.placements()).as("%d × %d", size[0], size[1])
                    .allSatisfy(p -> assertThat(p.frame().overlaps(canvas)).as(p.layer().id()).isTrue());
            assertThat(layout.frame("logo").orElseThrow().within(canvas)).isTrue();
        }
    }

    @Test
    void at_refusesACanvasWithoutSize_sayingItsSize() {
        assertThatThrownBy(() -> Layout.at(SampleTemplates.post(), 0, 1080)).hasMessageContaining("0 × 1080");
    }
}
