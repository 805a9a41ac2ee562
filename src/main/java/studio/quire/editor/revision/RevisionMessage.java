package studio.quire.editor.revision;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.ui.Failures;

/**
 * The revisions inspector's one-line message, shared by the list and the comparison: what was done,
 * or why it was not. A refusal is shown in its own words; any other failure is logged in full.
 */
final class RevisionMessage {
    // The log lines keep the category they had before the inspector was split.
    private static final Logger LOG = LoggerFactory.getLogger(RevisionsViewModel.class);

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Failures failures = Failures.of(LOG, "A revision operation", message::set,
            RefusedByDatabaseException.class, IllegalArgumentException.class);

    void set(String text) {
        message.set(text);
    }

    void report(Throwable error) {
        failures.report(error);
    }

    ReadOnlyStringProperty property() {
        return message.getReadOnlyProperty();
    }
}
