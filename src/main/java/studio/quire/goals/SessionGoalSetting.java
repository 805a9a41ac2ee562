package studio.quire.goals;

/**
 * The writer's personal words-per-session goal, kept in the settings file. The composition root
 * passes an implementation over {@code SettingsStore} (Settings.sessionWordGoal /
 * withSessionWordGoal); goals code never reads the file itself.
 */
public interface SessionGoalSetting {
    /** A positive number of words. */
    int get();

    /** Stores a new goal; called off the FX thread (it may write a file). */
    void set(int words);
}
