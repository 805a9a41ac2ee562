package studio.quire.editor.revision;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.editor.WritingSession;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class WritingSessionTrackerTest {
    private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");
    private final UUID project = UUID.randomUUID();
    private final UUID section = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final List<WritingSessionEnd> ended = new ArrayList<>();
    private MutableClock clock;
    private WritingSessionTracker tracker;

    @BeforeEach
    void tracker() {
        clock = new MutableClock(START);
        tracker = new WritingSessionTracker(clock);
        tracker.addListener(ended::add);
    }

    @Test
    void switchedAway_afterChanges_endsTheSession_withItsWordChanges() {
        tracker.opened(project, section, "It was a dark night.\n");
        clock.advance(Duration.ofMinutes(1));
        tracker.edited(section, "It was a dark and stormy night.\n");
        clock.advance(Duration.ofMinutes(2));
        tracker.edited(section, "It was a stormy night, and cold.\n");
        clock.advance(Duration.ofMinutes(1));
        tracker.switchedAway();

        assertThat(ended).singleElement().satisfies(end -> {
            assertThat(end.reason()).isEqualTo(WritingSessionEnd.Reason.SWITCHED_AWAY);
            assertThat(end.session()).isEqualTo(new WritingSession(project, section, START.plusSeconds(60),
                    START.plusSeconds(240), 3, 1));
        });
    }

    @Test
    void switchedAway_withoutChanges_endsNothing() {
        tracker.opened(project, section, "Text.\n");
        clock.advance(Duration.ofMinutes(5));
        tracker.switchedAway();

        assertThat(ended).isEmpty();
    }

    @Test
    void switchedAway_afterChangesThatWereUndone_endsNothing() {
        tracker.opened(project, section, "Text.\n");
        tracker.edited(section, "Text, more.\n");
        tracker.edited(section, "Text.\n");
        tracker.switchedAway();

        assertThat(ended).isEmpty();
    }

    @Test
    void opened_anotherSection_endsTheChangedOne_andTracksTheNew() {
        tracker.opened(project, section, "One.\n");
        tracker.edited(section, "One two.\n");
        tracker.opened(project, other, "Other.\n");
        tracker.edited(other, "Other text.\n");
        tracker.closing();

        assertThat(ended).extracting(WritingSessionEnd::sectionId).containsExactly(section, other);
        assertThat(ended).extracting(WritingSessionEnd::reason)
                .containsExactly(WritingSessionEnd.Reason.SWITCHED_AWAY, WritingSessionEnd.Reason.CLOSING);
    }

    @Test
    void opened_theSameSectionAgain_keepsTheSessionGoing() {
        tracker.opened(project, section, "One.\n");
        tracker.edited(section, "One two.\n");
        tracker.opened(project, section, "One two.\n");

        assertThat(ended).isEmpty();
        assertThat(tracker.inSession()).isTrue();
    }

    @Test
    void tick_afterTenIdleMinutes_endsTheSessionAtTheLastEdit_andANewOneStartsWithTheNextEdit() {
        tracker.opened(project, section, "One.\n");
        tracker.edited(section, "One two.\n");
        clock.advance(Duration.ofMinutes(9));
        tracker.tick();
        assertThat(ended).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        tracker.tick();
        assertThat(ended).singleElement().satisfies(end -> {
            assertThat(end.reason()).isEqualTo(WritingSessionEnd.Reason.IDLE);
            assertThat(end.endedAt()).isEqualTo(START);
            assertThat(end.session().wordsAdded()).isEqualTo(1);
        });

        clock.advance(Duration.ofMinutes(30));
        tracker.tick();
        tracker.edited(section, "One two three.\n");
        tracker.switchedAway();
        assertThat(ended).hasSize(2);
        assertThat(ended.get(1).textAtStart()).isEqualTo("One two.\n");
        assertThat(ended.get(1).startedAt()).isEqualTo(START.plus(Duration.ofMinutes(40)));
        assertThat(ended.get(1).session().wordsAdded()).isEqualTo(1);
    }

    @Test
    void pasted_wordsOfTheSession_areRecordedApart_andTheNextSessionStartsWithNone() {
        tracker.opened(project, section, "Mine.\n");
        tracker.pasted(section, 4);
        tracker.edited(section, "Mine. Four pasted words here. And two.\n");
        tracker.switchedAway();
        tracker.opened(project, section, "Mine. Four pasted words here. And two.\n");
        tracker.edited(section, "Mine. Four pasted words here. And two. Three more typed.\n");
        tracker.closing();

        assertThat(ended).hasSize(2);
        assertThat(ended.get(0).session().wordsAdded()).isEqualTo(6);
        assertThat(ended.get(0).session().pastedWords()).isEqualTo(4);
        assertThat(ended.get(0).session().writtenNet()).isEqualTo(2);
        assertThat(ended.get(1).session().pastedWords()).isZero();
    }

    @Test
    void pasted_thenTakenBack_countsAtMostTheWordsTheSessionAdded() {
        tracker.opened(project, section, "Mine.\n");
        tracker.pasted(section, 4);
        tracker.edited(section, "Mine. Four pasted words here.\n");
        tracker.edited(section, "Mine. Typed.\n");
        tracker.closing();

        assertThat(ended).singleElement().satisfies(end -> {
            assertThat(end.session().wordsAdded()).isEqualTo(1);
            assertThat(end.session().pastedWords()).isEqualTo(1);
        });
    }

    @Test
    void tick_whileEditing_endsNothing() {
        tracker.opened(project, section, "One.\n");
        for (int minute = 0; minute < 30; minute++) {
            clock.advance(Duration.ofMinutes(1));
            tracker.edited(section, "One" + " more".repeat(minute + 1) + ".\n");
            tracker.tick();
        }

        assertThat(ended).isEmpty();
    }

    @Test
    void closing_endsAChangedSession() {
        tracker.opened(project, section, "");
        tracker.edited(section, "Fresh words here.\n");
        tracker.closing();

        assertThat(ended).singleElement().satisfies(end -> {
            assertThat(end.reason()).isEqualTo(WritingSessionEnd.Reason.CLOSING);
            assertThat(end.session().wordsAdded()).isEqualTo(3);
            assertThat(end.session().wordsRemoved()).isZero();
        });
    }

    @Test
    void closing_withoutChanges_andEditsOfAnotherSection_endNothing() {
        tracker.opened(project, section, "One.\n");
        tracker.edited(other, "Not the open section.\n");
        tracker.closing();
        tracker.switchedAway();
        tracker.tick();

        assertThat(ended).isEmpty();
    }
}
