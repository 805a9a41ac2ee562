package studio.quire.manuscript;

import java.util.UUID;

/**
 * Tells when someone (oneself included) changed a project's manuscript tree. The signal comes on
 * a background thread, already coalesced over short bursts.
 */
@FunctionalInterface
public interface TreeChanges {
    /** No live updates (tests, tools). */
    TreeChanges NONE = (projectId, onChange) -> () -> { };

    /** Starts telling {@code onChange} about changes to the project until the result is closed. */
    Subscription subscribe(UUID projectId, Runnable onChange);

    /** A running subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
