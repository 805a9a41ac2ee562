package studio.quire.goals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The arithmetic of a word goal on one day. The words still missing at the start of today are
 * spread evenly over the days left, today and the deadline day included, so the daily share is
 * fixed for the whole day (writing more today does not raise or lower it) and is recalculated the
 * next day from what was then written: a good day lowers tomorrow's share, a missed day raises it.
 *
 * @param goalWords    the goal
 * @param deadline     the last day to write on, or null
 * @param wordsNow     the project's words now
 * @param wordsToday   net words written today (negative when today's edits removed more); pasted
 *                     words are not among them
 * @param pastedToday  words pasted today from outside Quire: in the project's words, not written
 * @param remaining    words still missing for the goal, never negative
 * @param daysLeft     days from today to the deadline, both included; 0 without or past a deadline
 * @param perDay       today's share: words needed per day; 0 without a deadline
 * @param neededToday  words still to write today for today's share, never negative
 */
public record GoalPlan(GoalState state, int goalWords, LocalDate deadline, int wordsNow, int wordsToday,
                       int remaining, long daysLeft, int perDay, int neededToday, int pastedToday) {

    /** A day on which nothing was pasted. */
    public static GoalPlan of(int goalWords, LocalDate deadline, int wordsNow, int wordsAtStartOfToday, LocalDate today) {
        return of(goalWords, deadline, wordsNow, wordsAtStartOfToday, today, 0);
    }

    /**
     * @param wordsAtStartOfToday the project's words when today began (see GoalsRepository for
     *                            how it is derived); negative inputs count as zero
     * @param pastedToday         of the words the project gained today, those pasted from outside
     *                            Quire: they make the project longer but are not today's writing
     */
    public static GoalPlan of(int goalWords, LocalDate deadline, int wordsNow, int wordsAtStartOfToday, LocalDate today,
                              int pastedToday) {
        if (goalWords <= 0) {
            throw new IllegalArgumentException("a word goal is a positive number of words");
        }
        int now = Math.max(0, wordsNow);
        int start = Math.max(0, wordsAtStartOfToday);
        int pasted = Math.max(0, pastedToday);
        int netToday = now - start - pasted;
        int remaining = Math.max(0, goalWords - now);
        int remainingAtStart = Math.max(0, goalWords - start);
        if (deadline == null) {
            return new GoalPlan(remaining == 0 ? GoalState.DONE : GoalState.NO_DEADLINE, goalWords, null, now, netToday,
                    remaining, 0, 0, 0, pasted);
        }
        if (deadline.isBefore(today)) {
            return new GoalPlan(remaining == 0 ? GoalState.DONE : GoalState.PAST_DEADLINE, goalWords, deadline, now,
                    netToday, remaining, 0, remainingAtStart, remaining, pasted);
        }
        long daysLeft = ChronoUnit.DAYS.between(today, deadline) + 1;
        int perDay = (int) ((remainingAtStart + daysLeft - 1) / daysLeft);
        // Net words today count against today's share; cutting words today adds to it, up to what is missing.
        int neededToday = (int) Math.max(0, Math.min((long) perDay - netToday, remaining));
        GoalState state = remaining == 0 ? GoalState.DONE : neededToday == 0 ? GoalState.ON_TRACK : GoalState.BEHIND;
        return new GoalPlan(state, goalWords, deadline, now, netToday, remaining, daysLeft, perDay, neededToday, pasted);
    }

    /** How much of the goal is written, 0 to 1. */
    public double fractionOfGoal() {
        return Math.min(1.0, (double) wordsNow / goalWords);
    }

    /** How much of today's share is written, 0 to 1 (1 when there is nothing to write today). */
    public double fractionOfToday() {
        return perDay == 0 ? 1.0 : Math.max(0.0, Math.min(1.0, (double) wordsToday / perDay));
    }
}
