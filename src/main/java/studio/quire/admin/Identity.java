package studio.quire.admin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Who is signed in: the person behind the session's database role, and where they belong. */
public record Identity(UUID personId, String loginName, String displayName, List<Membership> memberships) {
    public Identity {
        memberships = List.copyOf(memberships);
    }

    public Optional<Membership> membership(UUID orgId) {
        return memberships.stream().filter(m -> m.orgId().equals(orgId)).findFirst();
    }
}
