package studio.quire.review.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The queue's age filter: items submitted longer ago than this. */
public enum QueueAge {
    ANY("Any age", null),
    DAY("Waiting over a day", Duration.ofDays(1)),
    WEEK("Waiting over a week", Duration.ofDays(7)),
    MONTH("Waiting over 30 days", Duration.ofDays(30));

    private final String label;
    private final Duration age;

    QueueAge(String label, Duration age) {
        this.label = label;
        this.age = age;
    }

    public String label() {
        return label;
    }

    /** The moment items must have been submitted before, or null for any age. */
    OffsetDateTime before(Instant now) {
        return age == null ? null : OffsetDateTime.ofInstant(now.minus(age), ZoneOffset.UTC);
    }
}
