package studio.quire.brand.fill;

import studio.quire.brand.platform.CountingRule;
import studio.quire.brand.platform.Hashtags;
import studio.quire.text.MarkdownFormat;
import studio.quire.text.TextHygiene;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a template can take from a section: its title, its text as plain words (no Markdown
 * marks), the first paragraph, the images its text points at, the hashtags it uses, the writer's
 * own social snippets, and snippets cut to a slot's length. Made from the section's stored text
 * (the editor's Markdown, {@link MarkdownFormat}); any text is accepted, NUL and other control
 * characters are dropped.
 */
public final class SectionSnippets {
    private final String title;
    private final String body;
    private final String prose;
    private final String firstParagraph;
    private final List<ImageRef> images;
    private final List<String> hashtags;
    private final Map<String, String> social;

    private SectionSnippets(String title, SectionReading reading, Map<String, String> social) {
        this.title = title;
        this.body = reading.body.toString();
        this.prose = reading.prose.toString();
        this.firstParagraph = reading.firstParagraph;
        this.images = reading.images();
        this.hashtags = Hashtags.distinct(title + "\n" + body);
        this.social = social;
    }

    private SectionSnippets(SectionSnippets base, Map<String, String> social) {
        this.title = base.title;
        this.body = base.body;
        this.prose = base.prose;
        this.firstParagraph = base.firstParagraph;
        this.images = base.images;
        this.hashtags = base.hashtags;
        this.social = social;
    }

    /**
     * The snippets of a section.
     *
     * @param title      the section's title (null: none)
     * @param storedText its content as stored (null or empty: an empty section)
     */
    public static SectionSnippets of(String title, String storedText) {
        String stored = storedText == null ? "" : storedText;
        return new SectionSnippets(cleanLine(title), SectionReading.of(MarkdownFormat.parse(stored)), Map.of());
    }

    /** The same section with the writer's own social snippets (network → text, as the inspector keeps them). */
    public SectionSnippets withSocialSnippets(Map<String, String> snippets) {
        Map<String, String> byNetwork = new LinkedHashMap<>();
        snippets.forEach((network, text) -> {
            String clean = text == null ? "" : TextHygiene.clean(text).strip();
            if (network != null && !network.isBlank() && !clean.isEmpty()) {
                byNetwork.putIfAbsent(network.strip().toLowerCase(Locale.ROOT), clean);
            }
        });
        return new SectionSnippets(this, Map.copyOf(byNetwork));
    }

    /** The title on one line, spaces tidied; empty when there is none. */
    public String title() {
        return title;
    }

    /** The text without marks: blocks apart by a blank line, list items one a line with "• " or "1. ". */
    public String body() {
        return body;
    }

    /** The first paragraph (or quote) with words in it; empty when there is none. */
    public String firstParagraph() {
        return firstParagraph;
    }

    /** The images the text points at, in order, each once. */
    public List<ImageRef> images() {
        return images;
    }

    /** The hashtags of title and text, each once ignoring case, as first written ("#Ferries"). */
    public List<String> hashtags() {
        return hashtags;
    }

    /** True when the section has no words at all. */
    public boolean isEmpty() {
        return title.isEmpty() && body.isEmpty();
    }

    /** The writer's own snippet for a network ("LinkedIn", any case), if they wrote one. */
    public Optional<String> socialSnippet(String network) {
        return network == null ? Optional.empty() : Optional.ofNullable(social.get(network.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The text (headings left out) cut to at most {@code maxChars} code points: the longest run of
     * whole sentences from the start that fits, else whole words and "…"; empty for 0.
     */
    public String snippet(int maxChars) {
        return snippet(maxChars, CountingRule.CODE_POINTS);
    }

    /** As {@link #snippet(int)}, counting the way a platform does (X's weighted characters, say). */
    public String snippet(int max, CountingRule rule) {
        return Fitting.fit(prose, max, rule);
    }

    /** The first paragraph cut the same way. */
    String firstParagraph(int max, CountingRule rule) {
        return Fitting.fit(firstParagraph, max, rule);
    }

    /** The body cut the same way (its line breaks end sentences). */
    String body(int max, CountingRule rule) {
        return Fitting.fit(body, max, rule);
    }

    /** The title cut the same way. */
    String title(int max, CountingRule rule) {
        return Fitting.fit(title, max, rule);
    }

    /** Text for one line: clean, line breaks and tabs as spaces, runs of spaces as one. */
    static String cleanLine(String text) {
        if (text == null) {
            return "";
        }
        return TextHygiene.clean(text).replaceAll("\\s+", " ").strip();
    }
}
