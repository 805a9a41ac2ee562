package studio.quire.goals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A project's words today, as read from the database: its goal (if any), its words now, the net
 * words of today's recorded writing sessions (typed and pasted: they are in the project's words),
 * how many of those were pasted from outside Quire, and the signed-in person's own written net.
 *
 * @param netToday       words added minus words removed by today's sessions, pasted ones included
 * @param myWrittenToday the signed-in person's net words today, pasted ones left out
 * @param pastedToday    words pasted from outside Quire in today's sessions (everyone's)
 */
public record DayProgress(UUID projectId, ProjectGoal goal, int wordsNow, int netToday, int myWrittenToday,
                          int pastedToday) {

    /**
     * The project's words when today began: the words now minus what today's sessions added net.
     * Words that left the project without a session (a chapter put in the trash) left it at the
     * start of today as well, so they never count as today's writing.
     */
    public int wordsAtStartOfToday() {
        return Math.max(0, wordsNow - netToday);
    }

    /**
     * The plan for today, with {@code liveSessionWords} net words of a session still being written
     * (of them {@code livePastedWords} pasted) added on top: they are not recorded yet; empty
     * without a goal.
     */
    public Optional<GoalPlan> plan(LocalDate today, int liveSessionWords, int livePastedWords) {
        if (goal == null) {
            return Optional.empty();
        }
        return Optional.of(GoalPlan.of(goal.words(), goal.deadline(), wordsAtStartOfToday() + netToday + liveSessionWords,
                wordsAtStartOfToday(), today, pastedToday + livePastedWords));
    }

    /** The plan with no session under way. */
    public Optional<GoalPlan> plan(LocalDate today, int liveSessionWords) {
        return plan(today, liveSessionWords, 0);
    }
}
