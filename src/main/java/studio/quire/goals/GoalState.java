package studio.quire.goals;

/** Where a project stands against its word goal today. */
public enum GoalState {
    /** The goal's words are written. */
    DONE,
    /** Today's share of the remaining words is written. */
    ON_TRACK,
    /** Today's share is not written yet. */
    BEHIND,
    /** The deadline has passed and words are still missing. */
    PAST_DEADLINE,
    /** A goal without a deadline: no daily share, only the total. */
    NO_DEADLINE
}
