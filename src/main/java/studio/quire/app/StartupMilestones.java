package studio.quire.app;

/** Hears the studio's start-up milestones; the startup benchmark's probe prints them. */
public interface StartupMilestones {
    /** The window's first frame is laid out and about to be painted. */
    void firstFrame();

    /** Signed in: the features are on screen. */
    void signedIn();

    /** Could not sign in; {@code why} is the message the window shows. */
    void failed(String why);
}
