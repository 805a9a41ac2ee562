package studio.quire.brand.fill;

import studio.quire.brand.platform.CountingRule;

import java.util.List;

/**
 * What a template's text slot shows of a section, by the binding name the template gives it:
 * {@value #TITLE}, {@value #SNIPPET}, {@value #BODY}, {@value #FIRST_PARAGRAPH} or {@value #SOCIAL}
 * (the writer's own snippet for the placement's network, else the snippet). Every text is cut to
 * the slot's limit the same way: whole sentences, else whole words and "…".
 */
public final class SlotBinding {
    public static final String TITLE = "section.title";
    public static final String SNIPPET = "section.snippet";
    public static final String BODY = "section.body";
    public static final String FIRST_PARAGRAPH = "section.firstParagraph";
    public static final String SOCIAL = "section.social";
    /** A slot without a character limit. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private static final List<String> NAMES = List.of(TITLE, SNIPPET, BODY, FIRST_PARAGRAPH, SOCIAL);

    private SlotBinding() {
    }

    /** Every binding a text slot can have, in the order a template editor offers them. */
    public static List<String> names() {
        return NAMES;
    }

    /** True when a slot may be bound to {@code binding}. */
    public static boolean isKnown(String binding) {
        return NAMES.contains(binding);
    }

    /** The text for a slot of at most {@code maxChars} code points ({@link #UNLIMITED}: no limit). */
    public static String resolve(String binding, SectionSnippets section, int maxChars) {
        return resolve(binding, section, "", maxChars, CountingRule.CODE_POINTS);
    }

    /**
     * The text for a slot on one network's placement, counted by that placement's rule.
     *
     * @param network the placement's network ("X"), for {@value #SOCIAL}; may be empty
     * @param max     the slot's limit, at least 1 ({@link #UNLIMITED}: no limit)
     * @throws IllegalArgumentException for a binding Quire does not know, or a limit below 1
     */
    public static String resolve(String binding, SectionSnippets section, String network, int max, CountingRule rule) {
        if (!isKnown(binding)) {
            throw new IllegalArgumentException("A text slot can show " + String.join(", ", NAMES.subList(0, NAMES.size() - 1))
                    + " or " + SOCIAL + "; \"" + binding + "\" is none of them: choose one in the template");
        }
        if (max < 1) {
            throw new IllegalArgumentException("A text slot's limit must be at least 1 character (it is " + max + ")");
        }
        return switch (binding) {
            case TITLE -> section.title(max, rule);
            case BODY -> section.body(max, rule);
            case FIRST_PARAGRAPH -> section.firstParagraph(max, rule);
            case SOCIAL -> section.socialSnippet(network).map(own -> Fitting.fit(own, max, rule))
                    .orElseGet(() -> section.snippet(max, rule));
            default -> section.snippet(max, rule);
        };
    }
}
