package studio.quire.brand.store;

import java.util.Objects;
import java.util.UUID;

/**
 * Where a page of an organization's template list starts: after the template of this name and id
 * (in the order of the name ignoring case, then id), or at the beginning when both are null. The
 * database lowers the name itself, so the order is exactly its index's order.
 */
public record TemplateCursor(UUID orgId, String name, UUID id) {

    public TemplateCursor {
        Objects.requireNonNull(orgId, "orgId");
        if ((name == null) != (id == null)) {
            throw new IllegalArgumentException("A template cursor has both a name and an id, or neither");
        }
    }

    /** The first page of the organization's templates. */
    public static TemplateCursor first(UUID orgId) {
        return new TemplateCursor(orgId, null, null);
    }

    /** The page after this template (the last one of the page before). */
    public static TemplateCursor after(TemplateSummary last) {
        return new TemplateCursor(last.orgId(), last.name(), last.id());
    }

    public boolean atStart() {
        return id == null;
    }
}
