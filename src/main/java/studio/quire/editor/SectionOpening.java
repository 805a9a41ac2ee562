package studio.quire.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.ui.ErrorText;

import java.util.UUID;
import java.util.function.Consumer;

import studio.quire.editor.store.SectionConflict;
/**
 * Which section the section editor shows, and its loading. Opening one hands over the edits the
 * view still holds back and saves what is pending for the previous section first. After a
 * conflict the same section is opened again, after every edit already handed over (those were
 * typed on the losing text; the store keeps them as conflict revisions); until their text shows
 * the editor takes no typing, so nothing typed is dropped. Openings are numbered
 * ({@link #generation}) so that an answer meant for an earlier one is dropped. FX thread only.
 */
final class SectionOpening {
    private static final Logger LOG = LoggerFactory.getLogger(SectionOpening.class);

    /** What the editor does as sections come and go. */
    interface Shown {
        /** Another section (or none) shows from now: forget what the previous one said. */
        void cleared();

        /** The section's text arrived; {@code conflict} is the one it was opened again after, or null. */
        void opened(StoreLane.Opened opened, SectionConflict conflict);
    }

    private final StoreLane store;
    private final Runnable pendingEdits;
    private final Shown shown;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(SectionEditorViewModel.NOTHING_SELECTED);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding editable = Bindings.createBooleanBinding(
            () -> !readOnly.get() && !loading.get() && emptyText.get().isEmpty(), readOnly, loading, emptyText);
    private UUID sectionId;
    private int generation;

    /** @param pendingEdits has the view hand over the text it still holds back */
    SectionOpening(StoreLane store, Runnable pendingEdits, Shown shown) {
        this.store = store;
        this.pendingEdits = pendingEdits;
        this.shown = shown;
    }

    void open(UUID id, String sectionTitle, boolean readOnlyMode) {
        pendingEdits.run();
        UUID previous = sectionId;
        int opening = ++generation;
        sectionId = id;
        title.set(sectionTitle);
        readOnly.set(readOnlyMode);
        emptyText.set("");
        shown.cleared();
        loading.set(true);
        store.open(previous, id, whenCurrent(opening, opened -> show(opened, null)), whenCurrent(opening, error -> {
            failed("This section could not be opened: ", error);
            LOG.warn("Opening section {} failed", id, error);
        }));
    }

    void showNothing(String reason) {
        pendingEdits.run();
        UUID previous = sectionId;
        generation++;
        sectionId = null;
        title.set("");
        emptyText.set(reason);
        shown.cleared();
        loading.set(false);
        if (previous != null) {
            store.flush(previous);
        }
    }

    /** Someone else's text won: opens the section again, unless another one is open by now. */
    void reopen(SectionConflict met) {
        UUID id = met.sectionId();
        if (!id.equals(sectionId)) {
            return;
        }
        pendingEdits.run();
        int reopening = ++generation;
        loading.set(true);
        store.open(null, id, whenCurrent(reopening, opened -> show(opened, met)), whenCurrent(reopening, error -> {
            failed("This section could not be opened again after a conflict: ", error);
            LOG.warn("Reopening section {} after a conflict failed", id, error);
        }));
    }

    private <T> Consumer<T> whenCurrent(int opening, Consumer<T> then) {
        return answer -> {
            if (opening == generation) {
                then.accept(answer);
            }
        };
    }

    private void show(StoreLane.Opened opened, SectionConflict conflict) {
        loading.set(false);
        shown.opened(opened, conflict);
    }

    private void failed(String what, Throwable error) {
        loading.set(false);
        emptyText.set(what + ErrorText.oneLine(error));
    }

    /** The section shown, or null. */
    UUID sectionId() {
        return sectionId;
    }

    /** The section shown when its text is loaded and may change, or null. */
    UUID changingSection() {
        return readOnly.get() || loading.get() ? null : sectionId;
    }

    /** The number of the newest opening: an answer started under another number is out of date. */
    int generation() {
        return generation;
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when the writer may type: a section is open, loaded and not read-only. */
    BooleanBinding editableProperty() {
        return editable;
    }
}
