package studio.quire.brand.platform;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One text limit of a placement: "a caption of at most 2,200 characters", "at most 5 hashtags
 * since 19 Dec 2025".
 *
 * @param kind     which text it is about
 * @param max      the most the platform accepts (characters by {@code counting}, or hashtags)
 * @param counting how characters are counted; {@code null} for a hashtag limit, which counts tags
 * @param since    when the platform started to apply this limit, if a source says; else {@code null}
 * @param note     what else a consultant should know ("about 125 show before \"more\""), or empty
 */
public record TextLimit(LimitKind kind, int max, CountingRule counting, LocalDate since, String note) {

    public TextLimit {
        Objects.requireNonNull(kind, "kind");
        if (max <= 0) {
            throw new IllegalArgumentException("A " + kind.id() + " limit must be above 0 (it is " + max + ")");
        }
        if (kind == LimitKind.HASHTAGS && counting != null) {
            throw new IllegalArgumentException("A hashtag limit counts tags: it takes no counting rule");
        }
        if (kind != LimitKind.HASHTAGS && counting == null) {
            throw new IllegalArgumentException("A " + kind.id() + " limit needs a counting rule"
                    + " (x-weighted, code-points or graphemes)");
        }
        note = note == null ? "" : note.strip();
    }
}
