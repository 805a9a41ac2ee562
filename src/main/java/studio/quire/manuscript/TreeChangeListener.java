package studio.quire.manuscript;

import studio.quire.db.ChannelListener;
import studio.quire.db.Database;

import java.time.Duration;
import java.util.UUID;

/**
 * Live tree changes through PostgreSQL LISTEN/NOTIFY (migration V8): one channel per project,
 * {@code tree_<project id without dashes>}, heard on a dedicated connection of the signed-in
 * person. Bursts are coalesced over {@link #SETTLE} before the tree is told to reload.
 */
public final class TreeChangeListener implements TreeChanges {
    /** How long changes must pause before one reload is asked for. */
    public static final Duration SETTLE = Duration.ofMillis(300);

    private final Database database;

    public TreeChangeListener(Database database) {
        this.database = database;
    }

    /** The channel V8's trigger notifies for a project (quire.tree_channel). */
    static String channel(UUID projectId) {
        return "tree_" + projectId.toString().replace("-", "");
    }

    @Override
    public Subscription subscribe(UUID projectId, Runnable onChange) {
        ChannelListener listener = database.listen(channel(projectId), SETTLE, onChange);
        return new Subscription() {
            @Override
            public void close() {
                listener.close();
            }

            @Override
            public String toString() {
                return listener.isListening() ? "listening on " + listener.channel() : "connecting to " + listener.channel();
            }
        };
    }
}
