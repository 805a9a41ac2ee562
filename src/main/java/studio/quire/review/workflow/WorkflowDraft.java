package studio.quire.review.workflow;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The working copy of the template being edited: its name and step rows as properties, whether it
 * differs from the template as loaded ({@link #dirtyProperty()}), and an undo stack of whole
 * snapshots (a template is a handful of steps, so a snapshot per edit costs nothing). Typing into
 * one field is one undo step, not one per keystroke.
 */
public final class WorkflowDraft {
    private static final int UNDO_DEPTH = 100;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<StepRow> rows = FXCollections.observableArrayList();
    private final ObservableList<StepRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<StepRow> selectedStep = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final Deque<Snapshot> undo = new ArrayDeque<>();
    private WorkflowTemplate original;
    private Snapshot current;
    private Object lastSource;
    private String lastField;
    private boolean applying;

    WorkflowDraft() {
        name.addListener((obs, o, n) -> changed(this, "name"));
    }

    /** Starts editing this template (null: nothing to edit); forgets the undo steps. */
    void start(WorkflowTemplate template) {
        original = template;
        undo.clear();
        apply(new Snapshot(template, 0));
    }

    /**
     * Someone else saved the template: its saved state becomes what Revert returns to and what the
     * next save checks against, and the edits stay.
     */
    void rebase(WorkflowTemplate saved) {
        original = saved;
        current = new Snapshot(edited(), current.selected());
        updateState();
    }

    /** The template as edited, with the version it was loaded at; null when nothing is being edited. */
    WorkflowTemplate edited() {
        if (original == null) {
            return null;
        }
        return original.withName(name.get() == null ? "" : name.get())
                .withSteps(rows.stream().map(StepRow::toStep).toList());
    }

    WorkflowTemplate original() {
        return original;
    }

    void addStep() {
        int at = selectedIndex() + 1;
        edit(steps -> steps.add(at, WorkflowStep.review()), at);
    }

    void removeSelected() {
        int at = selectedIndex();
        if (at >= 0 && rows.size() > 1) {
            edit(steps -> steps.remove(at), Math.min(at, rows.size() - 2));
        }
    }

    void moveSelected(int delta) {
        int at = selectedIndex();
        int to = at + delta;
        if (at >= 0 && to >= 0 && to < rows.size()) {
            edit(steps -> steps.add(to, steps.remove(at)), to);
        }
    }

    /** Back to the template as loaded (one undo step, so Undo brings the edits back). */
    void revert() {
        if (original != null && dirty.get()) {
            push();
            apply(new Snapshot(original, selectedIndex()));
        }
    }

    void undo() {
        if (!undo.isEmpty()) {
            apply(undo.pop());
        }
    }

    private void edit(java.util.function.Consumer<List<WorkflowStep>> change, int selectAfter) {
        push();
        List<WorkflowStep> steps = new java.util.ArrayList<>(edited().steps());
        change.accept(steps);
        apply(new Snapshot(edited().withSteps(steps), selectAfter));
    }

    /** A field changed through a binding: one undo step, unless the same text field changed just before. */
    private void changed(Object source, String field) {
        if (applying || original == null) {
            return;
        }
        boolean typing = source == lastSource && field.equals(lastField) && field.equals("name");
        if (!typing) {
            push();
        }
        lastSource = source;
        lastField = field;
        current = new Snapshot(edited(), selectedIndex());
        updateState();
    }

    private void push() {
        undo.push(new Snapshot(current.template(), selectedIndex()));
        while (undo.size() > UNDO_DEPTH) {
            undo.removeLast();
        }
        lastSource = null;
        lastField = null;
    }

    private void apply(Snapshot snapshot) {
        applying = true;
        try {
            WorkflowTemplate t = snapshot.template();
            name.set(t == null ? "" : t.name());
            rows.setAll(t == null ? List.of() : t.steps().stream().map(s -> new StepRow(s, this::changed)).toList());
            selectedStep.set(rows.isEmpty() ? null : rows.get(Math.max(0, Math.min(snapshot.selected(), rows.size() - 1))));
            current = new Snapshot(t, snapshot.selected());
        } finally {
            applying = false;
        }
        lastSource = null;
        lastField = null;
        updateState();
    }

    private int selectedIndex() {
        return rows.indexOf(selectedStep.get());
    }

    private void updateState() {
        dirty.set(original != null && !original.sameContent(edited()));
        canUndo.set(!undo.isEmpty());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableList<StepRow> rows() {
        return readOnlyRows;
    }

    public ObjectProperty<StepRow> selectedStepProperty() {
        return selectedStep;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    private record Snapshot(WorkflowTemplate template, int selected) {
    }
}
