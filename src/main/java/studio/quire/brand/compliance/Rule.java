package studio.quire.brand.compliance;

import java.util.Arrays;

/**
 * What a compliance finding is about. {@link #id()} is what is stored: it never changes, even when
 * the constant is renamed.
 */
public enum Rule {
    /** Text against its background below WCAG 2.x AA (4.5:1, or 3:1 for large text). */
    CONTRAST("contrast", Severity.ERROR),
    /** A colour further than ΔE00 2 from every colour of the kit. */
    COLOUR_OFF_PALETTE("colour-off-palette", Severity.ERROR),
    /** A text set in a family that is not one of the kit's fonts. */
    FONT_NOT_IN_KIT("font-not-in-kit", Severity.ERROR),
    /** A text whose requested family is not installed, so another family was drawn. */
    FONT_NOT_INSTALLED("font-not-installed", Severity.ERROR),
    /** Something inside a logo's clear space, or the clear space past the canvas edge. */
    LOGO_CLEAR_SPACE("logo-clear-space", Severity.ERROR),
    /** A logo shown narrower than the kit allows. */
    LOGO_MIN_WIDTH("logo-min-width", Severity.ERROR),
    /** A text longer than its slot's character limit. */
    TEXT_OVER_LIMIT("text-over-limit", Severity.ERROR),
    /** A text or logo reaching outside the platform's safe area. */
    OUTSIDE_SAFE_AREA("outside-safe-area", Severity.ERROR),
    /** A word or phrase the brand never uses. */
    BANNED_WORD("banned-word", Severity.ERROR),
    /** A term the brand writes differently. */
    PREFERRED_TERM("preferred-term", Severity.WARNING),
    /** A sentence longer than the brand's limit. */
    SENTENCE_LENGTH("sentence-length", Severity.WARNING),
    /** Flesch reading ease outside the brand's band. */
    READING_EASE("reading-ease", Severity.WARNING);

    private final String id;
    private final Severity severity;

    Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    /** The stable name stored with a finding. */
    public String id() {
        return id;
    }

    /** How much a breach of this rule matters. */
    public Severity severity() {
        return severity;
    }

    /** The rule stored under this id. */
    public static Rule fromId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No compliance rule is called \"" + id + "\""));
    }
}
