package studio.quire.goals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A project's words today, as read from the database: its goal (if any), its words now, and the
 * net words of today's recorded writing sessions, everyone's and the signed-in person's.
 */
public record DayProgress(UUID projectId, ProjectGoal goal, int wordsNow, int netToday, int myNetToday) {

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
     * added on top (they are not recorded yet); empty without a goal.
     */
    public Optional<GoalPlan> plan(LocalDate today, int liveSessionWords) {
        if (goal == null) {
            return Optional.empty();
        }
        return Optional.of(GoalPlan.of(goal.words(), goal.deadline(), wordsAtStartOfToday() + netToday + liveSessionWords,
                wordsAtStartOfToday(), today));
    }
}
