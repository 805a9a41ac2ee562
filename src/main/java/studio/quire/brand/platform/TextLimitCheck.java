package studio.quire.brand.platform;

import studio.quire.ui.DateTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures a variant's texts against a placement's limits, offline: each limit the placement has
 * gives one result, within or over. Hashtags are counted in the caption, repeats included (the
 * stricter reading: the platforms do not say whether a repeated tag counts again).
 */
public final class TextLimitCheck {
    private TextLimitCheck() {
    }

    /**
     * The results for every limit of {@code spec} whose text is given, in the spec's order; a
     * {@code null} text is not checked (the variant has no such text), an empty one counts 0.
     */
    public static List<LimitResult> check(PlatformSpec spec, String caption, String title, String description) {
        List<LimitResult> results = new ArrayList<>();
        for (TextLimit limit : spec.textLimits()) {
            String text = switch (limit.kind()) {
                case CAPTION, HASHTAGS -> caption;
                case TITLE -> title;
                case DESCRIPTION -> description;
            };
            if (text != null) {
                results.add(measure(spec, limit, text));
            }
        }
        return results;
    }

    /** Only the results past their limit. */
    public static List<LimitResult> overLimits(PlatformSpec spec, String caption, String title, String description) {
        return check(spec, caption, title, description).stream().filter(LimitResult::isOver).toList();
    }

    private static LimitResult measure(PlatformSpec spec, TextLimit limit, String text) {
        if (limit.kind() == LimitKind.HASHTAGS) {
            int tags = Hashtags.all(text).size();
            int over = Math.max(0, tags - limit.max());
            return new LimitResult(spec.id(), limit, tags, over, hashtagMessage(spec, limit, tags));
        }
        int counted = TextCounter.count(text, limit.counting());
        int over = Math.max(0, counted - limit.max());
        String label = limit.kind().label().isEmpty() ? "" : limit.kind().label() + " ";
        String message = spec.network() + ": " + label + number(counted) + " of " + number(limit.max()) + " "
                + limit.counting().unit() + (over > 0 ? " (" + number(over) + " over)" : "");
        return new LimitResult(spec.id(), limit, counted, over, message);
    }

    private static String hashtagMessage(PlatformSpec spec, TextLimit limit, int tags) {
        if (tags <= limit.max()) {
            return spec.network() + ": " + tags + " of " + limit.max() + " hashtags";
        }
        return spec.network() + ": " + tags + " hashtags; at most " + limit.max()
                + (limit.since() == null ? "" : " since " + DateTexts.date(limit.since()));
    }

    private static String number(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
