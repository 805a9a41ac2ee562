package studio.quire.review.workflow;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A review workflow of an organization: its ordered steps, whether new submissions use it by
 * default, and the version a save checks so that nobody overwrites someone else's save unseen.
 */
public record WorkflowTemplate(UUID id, UUID orgId, String name, boolean isDefault, int version,
                               List<WorkflowStep> steps) {
    public WorkflowTemplate {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        steps = List.copyOf(steps);
    }

    public WorkflowTemplate withName(String newName) {
        return new WorkflowTemplate(id, orgId, newName, isDefault, version, steps);
    }

    public WorkflowTemplate withSteps(List<WorkflowStep> newSteps) {
        return new WorkflowTemplate(id, orgId, name, isDefault, version, newSteps);
    }

    public WorkflowTemplate withVersion(int newVersion) {
        return new WorkflowTemplate(id, orgId, name, isDefault, newVersion, steps);
    }

    /** Same name and steps (what an admin edits), whatever the version and default flag. */
    public boolean sameContent(WorkflowTemplate other) {
        return other != null && name.equals(other.name) && steps.equals(other.steps);
    }
}
