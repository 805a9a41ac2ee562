package studio.quire.manuscript;

import java.util.UUID;

/**
 * One live node of a manuscript tree as the binder shows it. {@code wordCount} is the section's
 * own count, or for a chapter, part or book the sum over the sections below it. {@code version}
 * is the node's optimistic version for changes of title, status and synopsis.
 */
public record TreeNode(UUID id, UUID parentId, NodeKind kind, int position, String title, NodeStatus status,
                       long wordCount, int version) {

    public TreeNode withWordCount(long words) {
        return new TreeNode(id, parentId, kind, position, title, status, words, version);
    }
}
