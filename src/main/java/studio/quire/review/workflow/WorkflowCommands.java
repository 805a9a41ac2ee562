package studio.quire.review.workflow;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import studio.quire.ui.Command;

import java.util.function.Predicate;

/**
 * The Workflows page's commands and when each may run: only for admins, never while a load or a
 * write runs; saving, reverting and undoing need edits; making default and deleting need none
 * pending (they act on the saved template), and neither applies to the default itself.
 */
public final class WorkflowCommands {
    private final BooleanBinding editable;
    private final Command newTemplate;
    private final Command save;
    private final Command revert;
    private final Command undo;
    private final Command addStep;
    private final Command removeStep;
    private final Command moveUp;
    private final Command moveDown;
    private final Command makeDefault;
    private final Command delete;

    WorkflowCommands(WorkflowTemplatesViewModel viewModel, WorkflowDraft draft,
                     ReadOnlyObjectWrapper<WorkflowTemplate> selected, ObservableBooleanValue running, boolean isAdmin) {
        BooleanBinding idle = Bindings.createBooleanBinding(() -> isAdmin && !running.get(), running);
        BooleanBinding dirty = Bindings.createBooleanBinding(() -> draft.dirtyProperty().get(), draft.dirtyProperty());
        editable = idle.and(selectedIs(selected, t -> true));
        BooleanBinding saved = editable.and(dirty.not());
        BooleanBinding notDefault = selectedIs(selected, t -> !t.isDefault());
        BooleanBinding stepChosen = Bindings.createBooleanBinding(() -> draft.selectedStepProperty().get() != null,
                draft.selectedStepProperty());
        BooleanBinding notFirst = Bindings.createBooleanBinding(
                () -> draft.rows().indexOf(draft.selectedStepProperty().get()) > 0,
                draft.selectedStepProperty(), draft.rows());
        BooleanBinding notLast = Bindings.createBooleanBinding(() -> {
            int at = draft.rows().indexOf(draft.selectedStepProperty().get());
            return at >= 0 && at < draft.rows().size() - 1;
        }, draft.selectedStepProperty(), draft.rows());
        BooleanBinding several = Bindings.size(draft.rows()).greaterThan(1);

        newTemplate = Command.of(viewModel::newTemplate, idle.and(dirty.not()));
        save = Command.of(viewModel::save, editable.and(dirty));
        revert = Command.of(draft::revert, editable.and(dirty));
        undo = Command.of(draft::undo, editable.and(draft.canUndoProperty()));
        addStep = Command.of(draft::addStep, editable);
        removeStep = Command.of(draft::removeSelected, editable.and(stepChosen).and(several));
        moveUp = Command.of(() -> draft.moveSelected(-1), editable.and(notFirst));
        moveDown = Command.of(() -> draft.moveSelected(1), editable.and(notLast));
        makeDefault = Command.of(viewModel::makeDefault, saved.and(notDefault));
        delete = Command.of(viewModel::delete, saved.and(notDefault));
    }

    private static BooleanBinding selectedIs(ReadOnlyObjectWrapper<WorkflowTemplate> selected,
                                             Predicate<WorkflowTemplate> test) {
        return Bindings.createBooleanBinding(() -> selected.get() != null && test.test(selected.get()), selected);
    }

    BooleanBinding editable() {
        return editable;
    }

    /** A new template named "New workflow" (numbered when taken) with one step, saved at once. */
    public Command newTemplate() {
        return newTemplate;
    }

    /** Validates the working copy and saves it in one transaction. */
    public Command save() {
        return save;
    }

    /** Discards the edits (Undo brings them back). */
    public Command revert() {
        return revert;
    }

    /** Takes back the last edit. */
    public Command undo() {
        return undo;
    }

    /** A "Review" step after the selected one. */
    public Command addStep() {
        return addStep;
    }

    /** Removes the selected step; the last step stays. */
    public Command removeStep() {
        return removeStep;
    }

    public Command moveUp() {
        return moveUp;
    }

    public Command moveDown() {
        return moveDown;
    }

    /** New submissions go through the selected template. */
    public Command makeDefault() {
        return makeDefault;
    }

    /** Deletes the selected template (not the default); the view confirms first. */
    public Command delete() {
        return delete;
    }
}
