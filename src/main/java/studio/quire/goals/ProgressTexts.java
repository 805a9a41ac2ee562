package studio.quire.goals;

import studio.quire.ui.DateTexts;

import java.time.LocalDate;
import java.util.Locale;

/** How goal progress reads in the status bar and on the Projects page. */
public final class ProgressTexts {
    private ProgressTexts() {
    }

    /** 42100 → "42,100". */
    public static String words(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "3 Jun 2027" */
    public static String day(LocalDate date) {
        return DateTexts.date(date);
    }

    /** The Projects page line: "42,100 / 80,000 words · 1,250 a day until 1 Mar 2027". */
    public static String projectLine(GoalPlan plan) {
        String total = words(plan.wordsNow()) + " / " + words(plan.goalWords()) + " words";
        return switch (plan.state()) {
            case DONE -> total + " · goal reached";
            case NO_DEADLINE -> total;
            case PAST_DEADLINE -> total + " · deadline " + day(plan.deadline()) + " has passed";
            case ON_TRACK, BEHIND -> total + " · " + words(plan.perDay()) + " a day until " + day(plan.deadline());
        };
    }

    /**
     * The status bar's goal part: "Today 312 / 1,250" (with "· 4,000 pasted" when text was pasted
     * today: it is not written, so not in today's words), or the total when there is no daily share.
     */
    public static String todayPart(GoalPlan plan) {
        return switch (plan.state()) {
            case ON_TRACK, BEHIND -> "Today " + words(plan.wordsToday()) + " / " + words(plan.perDay())
                    + (plan.pastedToday() > 0 ? " · " + words(plan.pastedToday()) + " pasted" : "");
            case DONE -> "Goal reached";
            case NO_DEADLINE, PAST_DEADLINE -> words(plan.wordsNow()) + " / " + words(plan.goalWords()) + " words";
        };
    }

    /** The status bar's session part: "Session 120 / 500". */
    public static String sessionPart(int sessionWords, int sessionGoal) {
        return "Session " + words(sessionWords) + " / " + words(sessionGoal);
    }

    /** The tooltip: the goal, its deadline and the daily share, with today's words by the writer. */
    public static String details(GoalPlan plan, int myNetToday) {
        StringBuilder text = new StringBuilder("Goal: ").append(words(plan.goalWords())).append(" words");
        if (plan.deadline() != null) {
            text.append(" by ").append(day(plan.deadline()));
        }
        text.append("\nWritten: ").append(words(plan.wordsNow())).append(" (").append(words(plan.remaining())).append(" to go)");
        switch (plan.state()) {
            case ON_TRACK -> text.append("\n").append(words(plan.perDay())).append(" a day; today's share is written");
            case BEHIND -> text.append("\n").append(words(plan.perDay())).append(" a day; ")
                    .append(words(plan.neededToday())).append(" more today");
            case PAST_DEADLINE -> text.append("\nThe deadline has passed");
            case DONE -> text.append("\nThe goal is reached");
            case NO_DEADLINE -> text.append("\nNo deadline");
        }
        text.append("\nToday: ").append(words(plan.wordsToday())).append(" by everyone, ")
                .append(words(myNetToday)).append(" by you");
        if (plan.pastedToday() > 0) {
            text.append("\nPasted today: ").append(words(plan.pastedToday())).append(" (not counted as written)");
        }
        return text.toString();
    }
}
