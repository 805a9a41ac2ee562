package studio.quire.admin;

import java.util.UUID;

/** One of the signed-in person's organizations and their role there. */
public record Membership(UUID orgId, String orgName, Role role) {
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
