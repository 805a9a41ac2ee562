package studio.quire.manuscript;

import java.util.List;
import java.util.UUID;

/** The children of one parent (null: the books at the root) in order, as they were before a change. */
public record SiblingOrder(UUID parentId, List<UUID> children) {
    public SiblingOrder {
        children = List.copyOf(children);
    }
}
