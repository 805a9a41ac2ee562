package studio.quire.admin;

import java.util.UUID;

/** A person as a member of one organization. */
public record Member(UUID personId, String loginName, String displayName, Role role, boolean active) {
}
