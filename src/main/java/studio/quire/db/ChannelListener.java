package studio.quire.db;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Listens on one PostgreSQL NOTIFY channel on a dedicated connection (never a pool slot held
 * forever) and runs a signal, on its own daemon thread, when something was notified. Bursts are
 * coalesced: after a notification it keeps reading until the channel has been quiet for the
 * settle time, then signals once. A lost connection is reopened with growing pauses. It also
 * signals each time it starts listening (first time included): whatever changed before the
 * LISTEN took effect, or while the connection was down, was never notified to it.
 */
public final class ChannelListener implements AutoCloseable {
    /** A channel name that needs no quoting: LISTEN takes an identifier, not a bind value. */
    private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Logger LOG = LoggerFactory.getLogger(ChannelListener.class);
    private static final int POLL_MS = 500;
    private static final long MAX_PAUSE_MS = 15_000;

    /** Opens a fresh connection as the signed-in person. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final String channel;
    private final Runnable signal;
    private final long settleMs;
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean listening;

    ChannelListener(Connector connector, String channel, Duration settle, Runnable signal) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a plain channel name: " + channel);
        }
        this.connector = connector;
        this.channel = channel;
        this.signal = signal;
        this.settleMs = Math.max(1, settle.toMillis());
        this.thread = new Thread(this::run, "quire-listen-" + channel);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** True while a connection is open and LISTENing (a notification sent now will arrive). */
    public boolean isListening() {
        return listening;
    }

    public String channel() {
        return channel;
    }

    private void run() {
        long pause = 250;
        while (!closed) {
            try (Connection connection = connector.connect(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + channel);
                listening = true;
                pause = 250;
                fire();
                poll(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    LOG.info("Live updates on {} interrupted ({}); reconnecting in {} ms", channel, e.getMessage(), pause);
                }
            } finally {
                listening = false;
            }
            if (!closed) {
                sleep(pause);
                pause = Math.min(pause * 2, MAX_PAUSE_MS);
            }
        }
    }

    private void poll(PGConnection connection) throws SQLException {
        while (!closed) {
            PGNotification[] received = connection.getNotifications(POLL_MS);
            if (received != null && received.length > 0) {
                // Settle: wait for the burst (a move, a save of many rows by others) to end.
                PGNotification[] more;
                do {
                    more = connection.getNotifications((int) settleMs);
                } while (!closed && more != null && more.length > 0);
                fire();
            }
        }
    }

    private void fire() {
        if (closed) {
            return;
        }
        try {
            signal.run();
        } catch (RuntimeException e) {
            LOG.warn("Handling a change notified on {} failed", channel, e);
        }
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /**
     * Stops listening without waiting (a page closing on the FX thread calls it); the connection is
     * closed by the listening thread itself within a poll.
     */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    /** Stops listening and waits (bounded) for the connection to close; for a closing database, in the background. */
    void closeAndWait() {
        close();
        try {
            thread.join(POLL_MS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isClosed() {
        return closed;
    }
}
