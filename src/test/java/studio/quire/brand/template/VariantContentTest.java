package studio.quire.brand.template;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The content hash names one fill of one template version, whatever order the fill came in. */
class VariantContentTest {
    private final Template post = SampleTemplates.post();

    @Test
    void of_givesTheSameHash_forTheSameFillInAnyOrder() {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("title", "Dawn crossings");
        one.put("body", "Every morning at six.");
        Map<String, String> other = new TreeMap<>(java.util.Comparator.reverseOrder());
        other.putAll(one);

        String a = VariantContent.of(post, one, Map.of("photo", SampleTemplates.PHOTO)).contentHash();
        String b = VariantContent.of(post, other, Map.of("photo", SampleTemplates.PHOTO)).contentHash();

        assertThat(a).isEqualTo(b).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void of_changesTheHash_withTheVersion_theTemplate_aText_orAnImage() {
        Map<String, String> texts = Map.of("title", "Dawn crossings");
        String base = VariantContent.of(post, texts, Map.of()).contentHash();

        assertThat(VariantContent.of(post.atVersion(4), texts, Map.of()).contentHash()).isNotEqualTo(base);
        assertThat(VariantContent.of(post.withBackground("Ink"), texts, Map.of()).contentHash()).isEqualTo(base);
        assertThat(VariantContent.of(post, Map.of("title", "Dawn crossing"), Map.of()).contentHash()).isNotEqualTo(base);
        assertThat(VariantContent.of(post, texts, Map.of("photo", SampleTemplates.LOGO)).contentHash()).isNotEqualTo(base);
    }

    @Test
    void of_keepsApartValuesThatWouldRunTogether() {
        String a = VariantContent.of(post, Map.of("title", "ab", "body", "c"), Map.of()).contentHash();
        String b = VariantContent.of(post, Map.of("title", "a", "body", "bc"), Map.of()).contentHash();

        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void isFor_tellsAStaleFill_fromACurrentOne() {
        VariantContent content = VariantContent.of(post, Map.of("title", "Dawn"), Map.of());

        assertThat(content.isFor(post)).isTrue();
        assertThat(content.isFor(post.atVersion(4))).isFalse();
    }

    @Test
    void constructor_refusesAHashThatIsNotSha256Hex() {
        assertThatThrownBy(() -> new VariantContent(Map.of(), Map.of(), "abc")).hasMessageContaining("64 lower-case hex");
    }
}
