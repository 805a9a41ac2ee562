package studio.quire.review.workflow;

import studio.quire.admin.Role;

import java.util.UUID;

/** An active member of the organization, as a step's escalation may name them. */
public record WorkflowMember(UUID personId, String displayName, Role role) {
}
