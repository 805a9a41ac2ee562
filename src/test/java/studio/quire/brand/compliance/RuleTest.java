package studio.quire.brand.compliance;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule ids are stored: they must never change. */
class RuleTest {

    @Test
    void id_staysAsStored_forEveryRule() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id)).containsExactly("contrast", "colour-off-palette",
                "font-not-in-kit", "font-not-installed", "logo-clear-space", "logo-min-width", "text-over-limit",
                "outside-safe-area", "banned-word", "preferred-term", "sentence-length", "reading-ease");
    }

    @Test
    void fromId_givesBackTheRule_forEveryId() {
        for (Rule rule : Rule.values()) {
            assertThat(Rule.fromId(rule.id())).isEqualTo(rule);
        }
    }

    @Test
    void fromId_refusesAnUnknownId_namingIt() {
        assertThatThrownBy(() -> Rule.fromId("kerning")).hasMessage("No compliance rule is called \"kerning\"");
    }
}
