package studio.quire.review;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Overdue review steps escalate while the studio runs: a check when the Review page enters the
 * window and every few minutes while it stays there (a session's pages stay in the window for the
 * whole session); none once it has left.
 */
public final class OverdueChecks {
    private static final Duration EVERY = Duration.minutes(5);

    private OverdueChecks() {
    }

    /** Runs {@code check} (on the FX thread) when {@code page} enters a window and every few minutes while it is there. */
    public static void whileShown(Node page, Runnable check) {
        Timeline checks = new Timeline(new KeyFrame(EVERY, e -> check.run()));
        checks.setCycleCount(Animation.INDEFINITE);
        page.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                checks.stop();
            } else if (old == null) {
                check.run();
                checks.play();
            }
        });
    }
}
