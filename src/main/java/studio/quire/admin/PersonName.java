package studio.quire.admin;

import java.util.Optional;

/**
 * How a person is called: their display name, and their role in one organization when they are a
 * member of it there.
 */
public record PersonName(String loginName, String displayName, Optional<Role> role, boolean active) {
}
