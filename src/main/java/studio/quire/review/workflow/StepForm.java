package studio.quire.review.workflow;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import studio.quire.admin.Role;
import studio.quire.ui.Choices;

/**
 * The form for the selected step: its controls are bound both ways to one {@link StepRow} at a
 * time, re-bound when another step is selected, and off when there is none or editing is not allowed.
 */
final class StepForm {
    private final TextField name;
    private final ChoiceBox<Role> decider;
    private final Spinner<Integer> approvals;
    private final Spinner<Integer> slaHours;
    private final Label slaText;
    private final ChoiceBox<Escalation> escalation;
    private StepRow bound;

    StepForm(TextField name, ChoiceBox<Role> decider, Spinner<Integer> approvals, Spinner<Integer> slaHours,
             Label slaText, ChoiceBox<Escalation> escalation) {
        this.name = name;
        this.decider = decider;
        this.approvals = approvals;
        this.slaHours = slaHours;
        this.slaText = slaText;
        this.escalation = escalation;
    }

    void setUp(WorkflowTemplatesViewModel viewModel, ObservableBooleanValue editable) {
        Choices.fill(decider, viewModel.roles(), Role::label);
        escalation.setItems(viewModel.escalationChoices());
        Choices.fitWidest(escalation);
        escalation.setConverter(new StringConverter<>() {
            @Override
            public String toString(Escalation value) {
                return viewModel.escalationLabel(value);
            }

            @Override
            public Escalation fromString(String text) {
                return null;
            }
        });
        approvals.setValueFactory(numbers(WorkflowStep.MIN_APPROVALS, WorkflowStep.MAX_APPROVALS));
        slaHours.setValueFactory(numbers(WorkflowStep.MIN_SLA_HOURS, WorkflowStep.MAX_SLA_HOURS));
        for (Spinner<Integer> spinner : java.util.List.of(approvals, slaHours)) {
            spinner.setEditable(true);
            // typed hours count when the field is left, not only on Enter
            spinner.getEditor().focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    spinner.commitValue();
                }
            });
        }
        WorkflowDraft draft = viewModel.draft();
        draft.selectedStepProperty().addListener((obs, old, row) -> bind(row));
        bind(draft.selectedStepProperty().get());
        javafx.beans.binding.BooleanBinding off = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !editable.get() || draft.selectedStepProperty().get() == null, editable, draft.selectedStepProperty());
        for (javafx.scene.Node control : java.util.List.of(name, decider, approvals, slaHours, escalation)) {
            control.disableProperty().bind(off);
        }
    }

    /** Whole numbers in a range; text that is no number keeps the value it had. */
    private static SpinnerValueFactory.IntegerSpinnerValueFactory numbers(int min, int max) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        return factory;
    }

    private void bind(StepRow row) {
        if (bound != null) {
            name.textProperty().unbindBidirectional(bound.nameProperty());
            decider.valueProperty().unbindBidirectional(bound.deciderRoleProperty());
            approvals.getValueFactory().valueProperty().unbindBidirectional(bound.approvalsProperty());
            slaHours.getValueFactory().valueProperty().unbindBidirectional(bound.slaHoursProperty());
            escalation.valueProperty().unbindBidirectional(bound.escalationProperty());
            slaText.textProperty().unbind();
        }
        bound = row;
        if (row == null) {
            name.setText("");
            decider.setValue(null);
            escalation.setValue(null);
            slaText.setText("");
            return;
        }
        name.textProperty().bindBidirectional(row.nameProperty());
        decider.valueProperty().bindBidirectional(row.deciderRoleProperty());
        approvals.getValueFactory().valueProperty().bindBidirectional(row.approvalsProperty());
        slaHours.getValueFactory().valueProperty().bindBidirectional(row.slaHoursProperty());
        escalation.valueProperty().bindBidirectional(row.escalationProperty());
        slaText.textProperty().bind(row.slaTextProperty());
    }
}
