package studio.quire.ui;

import javafx.scene.Scene;

/** Work timed to the scene's rendering pulses. */
public final class Pulses {
    private Pulses() {
    }

    /** Runs {@code action} once, right after the scene's next layout pass (before it is painted). */
    public static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
