package studio.quire.review.workflow;

import studio.quire.admin.Role;

import java.util.UUID;

/**
 * Where an overdue step goes: nowhere, every active member with a role, or one person. The
 * database refuses both at once, so this record never holds both.
 */
public record Escalation(Role role, UUID person) {
    /** An overdue step stays where it is. */
    public static final Escalation NONE = new Escalation(null, null);

    public Escalation {
        if (role != null && person != null) {
            throw new IllegalArgumentException("a step escalates to a role or to a person, not both");
        }
    }

    public static Escalation toRole(Role role) {
        return new Escalation(role, null);
    }

    public static Escalation toPerson(UUID person) {
        return new Escalation(null, person);
    }

    public boolean isNone() {
        return role == null && person == null;
    }
}
