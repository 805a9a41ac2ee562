package studio.quire.review.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What is wrong with an edited template before it is saved, said in one line. */
final class WorkflowValidation {
    private WorkflowValidation() {
    }

    /**
     * @param others the organization's other templates, whose names this one must not repeat
     */
    static Optional<String> problem(WorkflowTemplate edited, Collection<WorkflowTemplate> others) {
        String name = edited.name().strip();
        if (name.isEmpty()) {
            return Optional.of("Give the workflow a name.");
        }
        Optional<String> tooLong = studio.quire.db.TextLimit.WORKFLOW_NAME.problem(name);
        if (tooLong.isPresent()) {
            return tooLong;
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (others.stream().anyMatch(t -> !t.id().equals(edited.id())
                && t.name().strip().toLowerCase(Locale.ROOT).equals(key))) {
            return Optional.of("Another workflow is already called “" + name + "”.");
        }
        List<WorkflowStep> steps = edited.steps();
        if (steps.isEmpty()) {
            return Optional.of("A workflow needs at least one step.");
        }
        for (int i = 0; i < steps.size(); i++) {
            Optional<String> stepProblem = stepProblem(steps.get(i), i + 1);
            if (stepProblem.isPresent()) {
                return stepProblem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> stepProblem(WorkflowStep step, int number) {
        if (step.name().isBlank()) {
            return Optional.of("Step " + number + " needs a name.");
        }
        if (studio.quire.db.TextLimit.WORKFLOW_STEP_NAME.problem(step.name().strip()).isPresent()) {
            return Optional.of("The name of step " + number + " can be at most "
                    + studio.quire.db.TextLimit.WORKFLOW_STEP_NAME.max() + " characters.");
        }
        if (step.approvalsNeeded() < WorkflowStep.MIN_APPROVALS || step.approvalsNeeded() > WorkflowStep.MAX_APPROVALS) {
            return Optional.of("Step " + number + " needs between " + WorkflowStep.MIN_APPROVALS + " and "
                    + WorkflowStep.MAX_APPROVALS + " approvals.");
        }
        if (step.slaHours() < WorkflowStep.MIN_SLA_HOURS || step.slaHours() > WorkflowStep.MAX_SLA_HOURS) {
            return Optional.of("The time limit of step " + number + " is between " + WorkflowStep.MIN_SLA_HOURS
                    + " hour and " + WorkflowStep.MAX_SLA_HOURS + " hours (a year).");
        }
        return Optional.empty();
    }
}
