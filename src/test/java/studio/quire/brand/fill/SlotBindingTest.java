package studio.quire.brand.fill;

import org.junit.jupiter.api.Test;
import studio.quire.brand.platform.CountingRule;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A template's text slots filled from one section, each within its limit. */
class SlotBindingTest {
    private static final SectionSnippets SECTION = SectionSnippets.of("Harbour ferries: the new summer timetable",
            "# Timetable\n\nFerries leave at nine. Buses wait at the quay.\n\nTickets are sold on board.\n");

    @Test
    void resolve_givesEachBindingsText_whenThereIsRoom() {
        int room = SlotBinding.UNLIMITED;

        assertThat(SlotBinding.resolve(SlotBinding.TITLE, SECTION, room)).isEqualTo("Harbour ferries: the new summer timetable");
        assertThat(SlotBinding.resolve(SlotBinding.FIRST_PARAGRAPH, SECTION, room))
                .isEqualTo("Ferries leave at nine. Buses wait at the quay.");
        assertThat(SlotBinding.resolve(SlotBinding.SNIPPET, SECTION, room))
                .isEqualTo("Ferries leave at nine. Buses wait at the quay. Tickets are sold on board.");
        assertThat(SlotBinding.resolve(SlotBinding.BODY, SECTION, room))
                .isEqualTo("Timetable\n\nFerries leave at nine. Buses wait at the quay.\n\nTickets are sold on board.");
    }

    @Test
    void resolve_cutsToTheSlotsLimit() {
        assertThat(SlotBinding.resolve(SlotBinding.TITLE, SECTION, 25)).isEqualTo("Harbour ferries: the new…");
        assertThat(SlotBinding.resolve(SlotBinding.TITLE, SECTION, 24)).isEqualTo("Harbour ferries: the…");
        assertThat(SlotBinding.resolve(SlotBinding.FIRST_PARAGRAPH, SECTION, 30)).isEqualTo("Ferries leave at nine.");
        assertThat(SlotBinding.resolve(SlotBinding.BODY, SECTION, 30)).isEqualTo("Timetable");
        assertThat(SlotBinding.resolve(SlotBinding.SNIPPET, SECTION, 50)).isEqualTo("Ferries leave at nine. Buses wait at the quay.");
    }

    @Test
    void resolve_prefersTheWritersOwnSnippet_forTheNetwork() {
        SectionSnippets withOwn = SECTION.withSocialSnippets(Map.of("X", "All aboard from Monday 🚢 https://quire.studio/timetable"));

        assertThat(SlotBinding.resolve(SlotBinding.SOCIAL, withOwn, "X", 280, CountingRule.X_WEIGHTED))
                .isEqualTo("All aboard from Monday 🚢 https://quire.studio/timetable");
        assertThat(SlotBinding.resolve(SlotBinding.SOCIAL, withOwn, "LinkedIn", 30, CountingRule.CODE_POINTS))
                .isEqualTo("Ferries leave at nine.");
    }

    @Test
    void resolve_refusesABindingItDoesNotKnow_listingTheOnesItDoes() {
        assertThatThrownBy(() -> SlotBinding.resolve("section.subtitle", SECTION, 40))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A text slot can show section.title, section.snippet, section.body, section.firstParagraph"
                        + " or section.social; \"section.subtitle\" is none of them: choose one in the template");
        assertThatThrownBy(() -> SlotBinding.resolve(SlotBinding.TITLE, SECTION, 0))
                .hasMessageContaining("at least 1 character");
    }

    @Test
    void resolve_givesEmptyText_forAnEmptySection() {
        SectionSnippets empty = SectionSnippets.of("", "");

        for (String binding : SlotBinding.names()) {
            assertThat(SlotBinding.resolve(binding, empty, 100)).as(binding).isEmpty();
        }
    }

    @Test
    void filledFrom_recordsTheSectionAndVersion_andSeesWhenTheTextMovedOn() {
        UUID section = UUID.randomUUID();
        FilledFrom from = new FilledFrom(section, 7, " Harbour\nferries ");

        assertThat(from.title()).isEqualTo("Harbour ferries");
        assertThat(from.isOlderThan(7)).isFalse();
        assertThat(from.isOlderThan(8)).isTrue();
        assertThatThrownBy(() -> new FilledFrom(section, -1, "x")).hasMessageContaining("cannot be negative");
    }
}
