package studio.quire.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.editor.journal.Journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The journal of this data directory, opened in the background as the studio starts (it may have
 * to recover what a crash left) and shared by every session; closed last, after the savers.
 */
final class LocalJournal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalJournal.class);

    private final Path dir;
    private volatile CompletableFuture<Journal> journal;

    LocalJournal(Path dir) {
        this.dir = dir;
        this.journal = opening(dir);
    }

    private static CompletableFuture<Journal> opening(Path dir) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Journal.open(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The open journal, waiting for it if it is still recovering.
     *
     * @throws IllegalStateException with a sentence for the writer when it cannot be opened
     */
    Journal get() {
        synchronized (this) {
            // A window that waited for another Quire to quit found the journal held by it at first.
            if (journal.isCompletedExceptionally()) {
                journal = opening(dir);
            }
        }
        try {
            return journal.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
            LOG.error("The journal in {} cannot be opened", dir, cause);
            throw new IllegalStateException("The journal that keeps your words safe on this computer cannot be opened ("
                    + dir + "): " + cause.getMessage() + ". Writing is switched off until it can be.", cause);
        }
    }

    @Override
    public void close() {
        journal.whenComplete((open, error) -> {
            if (open != null) {
                try {
                    open.close();
                } catch (IOException e) {
                    LOG.warn("Closing the journal failed", e);
                }
            }
        });
    }
}
