package studio.quire.goals;

/** One project's goal progress as the Projects page shows it. */
public record ProjectLine(String text, double fraction, GoalState state) {
}
