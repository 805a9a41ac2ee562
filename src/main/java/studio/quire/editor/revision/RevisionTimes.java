package studio.quire.editor.revision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** When a revision was kept, as a writer reads it: "Today 14:02", "Yesterday 09:15", "Mon 16 Nov 14:02". */
public final class RevisionTimes {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final Clock clock;

    /** @param clock today and the time zone the writer reads times in */
    public RevisionTimes(Clock clock) {
        this.clock = clock;
    }

    public String format(OffsetDateTime at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZoneSameInstant(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        if (local.toLocalDate().equals(today)) {
            return "Today " + TIME.format(local);
        }
        if (local.toLocalDate().equals(today.minusDays(1))) {
            return "Yesterday " + TIME.format(local);
        }
        return (local.getYear() == today.getYear() ? THIS_YEAR : OTHER_YEAR).format(local);
    }

    /** The same time in words that stay true tomorrow ("Mon 16 Nov 14:02"), for revision names. */
    public String absolute(OffsetDateTime at) {
        ZonedDateTime local = at.atZoneSameInstant(clock.getZone());
        return (local.getYear() == LocalDate.now(clock).getYear() ? THIS_YEAR : OTHER_YEAR).format(local);
    }
}
