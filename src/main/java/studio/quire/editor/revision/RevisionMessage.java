package studio.quire.editor.revision;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.RefusedByDatabaseException;

/**
 * The revisions inspector's one-line message, shared by the list and the comparison: what was done,
 * or why it was not. A refusal is shown in its own words; any other failure is logged in full.
 */
final class RevisionMessage {
    // The log lines keep the category they had before the inspector was split.
    private static final Logger LOG = LoggerFactory.getLogger(RevisionsViewModel.class);

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    void set(String text) {
        message.set(text);
    }

    void report(Throwable error) {
        if (error instanceof RefusedByDatabaseException || error instanceof IllegalArgumentException) {
            LOG.info("A revision operation was refused: {}", error.getMessage());
            message.set(error.getMessage());
        } else {
            LOG.error("A revision operation failed", error);
            message.set("That did not work: " + error.getMessage());
        }
    }

    ReadOnlyStringProperty property() {
        return message.getReadOnlyProperty();
    }
}
