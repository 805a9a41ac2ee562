package studio.quire.brand;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The brand kit's own rules, before any database sees it. */
class BrandKitTest {
    private static final UUID ORG = UUID.randomUUID();

    @Test
    void kitColour_readsItsChannels_andKeepsHexUpperCase() {
        KitColour blue = new KitColour(" Harbour blue ", "#1a6fb0");

        assertThat(blue.name()).isEqualTo("Harbour blue");
        assertThat(blue.hex()).isEqualTo("#1A6FB0");
        assertThat(List.of(blue.red(), blue.green(), blue.blue())).containsExactly(0x1A, 0x6F, 0xB0);
    }

    @Test
    void kitColour_refusesWhatIsNotRrggbb_sayingHowToWriteIt() {
        assertThatThrownBy(() -> new KitColour("Ink", "blue")).hasMessageContaining("#RRGGBB").hasMessageContaining("\"blue\"");
        assertThatThrownBy(() -> new KitColour("Ink", "#12345")).hasMessageContaining("#RRGGBB");
        assertThatThrownBy(() -> new KitColour(" ", "#123456")).hasMessage("A colour needs a name");
    }

    @Test
    void brandKit_refusesTwoColoursOfOneName_ignoringCase() {
        BrandKit kit = BrandKit.empty(ORG, "Harbour Ferries");

        assertThatThrownBy(() -> kit.withColours(List.of(new KitColour("Ink", "#111111"), new KitColour("ink", "#222222"))))
                .hasMessage("Two of the kit's colours are called \"ink\"");
    }

    @Test
    void brandKit_findsColoursAndFontsByName_ignoringCase() {
        BrandKit kit = BrandKit.empty(ORG, "Harbour Ferries")
                .withColours(List.of(new KitColour("Ink", "#111111")))
                .withFonts(List.of(KitFont.fixed("Heading", "Source Serif 4", 700, 64)));

        assertThat(kit.colour("INK")).map(KitColour::hex).contains("#111111");
        assertThat(kit.font("heading")).map(KitFont::bold).contains(true);
        assertThat(kit.colour("Sea")).isEmpty();
    }

    @Test
    void kitFont_refusesSizesOutOfOrder_andOddWeights() {
        assertThatThrownBy(() -> new KitFont("Body", "Inter", 400, 10, 12, 20)).hasMessageContaining("smallest ≤ size ≤ largest");
        assertThatThrownBy(() -> KitFont.fixed("Body", "Inter", 450, 16)).hasMessageContaining("100, 200, … or 900");
    }

    @Test
    void voiceRules_refuseABandRunningBackwards() {
        assertThatThrownBy(() -> new VoiceRules(List.of(), List.of(), 20, 70, 50)).hasMessageContaining("lowest first");
        assertThatThrownBy(() -> new PreferredTerm("sign in", "Sign In")).hasMessageContaining("preferred to itself");
    }

    @Test
    void brandName_refusesNulAndOverlongNames() {
        assertThatThrownBy(() -> BrandKit.empty(ORG, "Ferry\0")).hasMessageContaining("NUL");
        assertThatThrownBy(() -> BrandKit.empty(ORG, "x".repeat(121))).hasMessageContaining("at most 120 characters (this one has 121)");
    }
}
