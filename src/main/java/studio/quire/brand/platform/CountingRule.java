package studio.quire.brand.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a platform counts the characters of a text. Platforms publish few of their rules: X's is
 * exact (its own twitter-text library), the others are read as code points unless a source says
 * more.
 */
public enum CountingRule {
    /** X: twitter-text's weighted count, version 3 (see {@link TextCounter#xWeighted(String)}). */
    X_WEIGHTED("x-weighted", "weighted characters"),
    /** One per Unicode code point, so an emoji made of several code points counts several. */
    CODE_POINTS("code-points", "characters"),
    /** One per character as a reader sees it (a flag, a family emoji or an accented letter is one). */
    GRAPHEMES("graphemes", "characters");

    private final String id;
    private final String unit;

    CountingRule(String id, String unit) {
        this.id = id;
        this.unit = unit;
    }

    /** The name the specs file uses: "x-weighted", "code-points" or "graphemes". */
    public String id() {
        return id;
    }

    /** What a count is of, in a consultant's words: "weighted characters", "characters". */
    public String unit() {
        return unit;
    }

    /** The rule the specs file calls {@code id}. */
    public static Optional<CountingRule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
