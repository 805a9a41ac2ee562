package studio.quire.goals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the Goals dialog accepts: a positive word goal, a deadline from today on (an unchanged
 * deadline may stay as it was, even if it has passed), and a positive session goal. Numbers may
 * carry thousands separators ("80,000").
 */
public final class GoalInput {
    /** Far above any book; keeps sums well inside an int. */
    static final int MAX_GOAL = 10_000_000;
    static final int MAX_SESSION = 100_000;

    /** What the writer entered, checked. */
    public record Draft(int words, LocalDate deadline, int sessionWords) {
    }

    private GoalInput() {
    }

    public static Optional<String> problem(String words, LocalDate deadline, String session, LocalDate today,
                                           LocalDate currentDeadline) {
        OptionalInt goal = number(words);
        if (goal.isEmpty() || goal.getAsInt() <= 0) {
            return Optional.of("The word goal must be a whole number of words above zero.");
        }
        if (goal.getAsInt() > MAX_GOAL) {
            return Optional.of("The word goal can be at most " + ProgressTexts.words(MAX_GOAL) + " words.");
        }
        if (deadline != null && deadline.isBefore(today) && !deadline.equals(currentDeadline)) {
            return Optional.of("The deadline cannot be in the past; choose today or a later day.");
        }
        return sessionProblem(session);
    }

    public static Optional<String> sessionProblem(String session) {
        OptionalInt perSession = number(session);
        if (perSession.isEmpty() || perSession.getAsInt() <= 0) {
            return Optional.of("The session goal must be a whole number of words above zero.");
        }
        if (perSession.getAsInt() > MAX_SESSION) {
            return Optional.of("The session goal can be at most " + ProgressTexts.words(MAX_SESSION) + " words.");
        }
        return Optional.empty();
    }

    /** The checked draft; call only when {@link #problem} found nothing. */
    public static Draft draft(String words, LocalDate deadline, String session) {
        return new Draft(number(words).orElseThrow(), deadline, number(session).orElseThrow());
    }

    /** "80,000", "80 000" and "80000" are the same number; anything else is none. */
    static OptionalInt number(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String digits = text.strip().replaceAll("[,\\s\u00a0\u202f'_]", "");
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(digits));
    }
}
