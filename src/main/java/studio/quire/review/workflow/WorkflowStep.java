package studio.quire.review.workflow;

import studio.quire.admin.Role;

import java.util.Objects;
import java.util.UUID;

/**
 * One step of a workflow template; its position is its place in the template's list.
 *
 * @param id               null for a step not saved yet
 * @param approvalsNeeded  1 to 6 (the database checks it too)
 * @param slaHours         1 to 8760, the time the step has before it is overdue
 */
public record WorkflowStep(UUID id, String name, Role deciderRole, int approvalsNeeded, int slaHours,
                           Escalation escalation) {
    public static final int MIN_APPROVALS = 1;
    public static final int MAX_APPROVALS = 6;
    public static final int MIN_SLA_HOURS = 1;
    public static final int MAX_SLA_HOURS = 8760;

    public WorkflowStep {
        Objects.requireNonNull(name);
        Objects.requireNonNull(deciderRole);
        escalation = escalation == null ? Escalation.NONE : escalation;
    }

    /** The step a new template starts with, and the one "Add step" appends. */
    public static WorkflowStep review() {
        return new WorkflowStep(null, "Review", Role.EDITOR, 1, 48, Escalation.NONE);
    }
}
