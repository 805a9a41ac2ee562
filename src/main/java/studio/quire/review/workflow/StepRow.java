package studio.quire.review.workflow;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import studio.quire.admin.Role;

import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * One step of the template being edited, as properties a form binds to. Every change is reported
 * to the view model (with the field's name, so typing into one field is one undo step).
 */
public final class StepRow {
    private final UUID id;
    private final StringProperty name = new SimpleStringProperty();
    private final ObjectProperty<Role> deciderRole = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> approvals = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> slaHours = new SimpleObjectProperty<>();
    private final ObjectProperty<Escalation> escalation = new SimpleObjectProperty<>();
    private final StringBinding slaText = Bindings.createStringBinding(
            () -> slaHours.get() == null ? "" : SlaText.describe(slaHours.get()), slaHours);

    StepRow(WorkflowStep step, BiConsumer<StepRow, String> changed) {
        this.id = step.id();
        name.set(step.name());
        deciderRole.set(step.deciderRole());
        approvals.set(step.approvalsNeeded());
        slaHours.set(step.slaHours());
        escalation.set(step.escalation());
        name.addListener((obs, o, n) -> changed.accept(this, "name"));
        deciderRole.addListener((obs, o, n) -> changed.accept(this, "decider"));
        approvals.addListener((obs, o, n) -> changed.accept(this, "approvals"));
        slaHours.addListener((obs, o, n) -> changed.accept(this, "sla"));
        escalation.addListener((obs, o, n) -> changed.accept(this, "escalation"));
    }

    /** The step as it stands in the form; unset numbers and roles become 0 and null, which validation names. */
    WorkflowStep toStep() {
        return new WorkflowStep(id, name.get() == null ? "" : name.get(),
                deciderRole.get() == null ? Role.EDITOR : deciderRole.get(),
                approvals.get() == null ? 0 : approvals.get(), slaHours.get() == null ? 0 : slaHours.get(),
                escalation.get());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Role> deciderRoleProperty() {
        return deciderRole;
    }

    /** Approvals needed, 1 to 6. */
    public ObjectProperty<Integer> approvalsProperty() {
        return approvals;
    }

    /** The step's time limit in hours, 1 to 8760. */
    public ObjectProperty<Integer> slaHoursProperty() {
        return slaHours;
    }

    /** The time limit in words: "2 days". */
    public StringBinding slaTextProperty() {
        return slaText;
    }

    public ObjectProperty<Escalation> escalationProperty() {
        return escalation;
    }
}
