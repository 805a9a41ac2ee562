package studio.quire.manuscript;

import java.util.List;
import java.util.Optional;

/** Where a node would go for each structure command, judged on the tree as last loaded. */
final class TreeMoves {
    /** A new place: among the children of {@code parent}, at {@code position}. */
    record Target(ManuscriptNodeViewModel parent, int position) {
    }

    private final List<ManuscriptNodeViewModel> roots;

    TreeMoves(List<ManuscriptNodeViewModel> roots) {
        this.roots = roots;
    }

    List<ManuscriptNodeViewModel> siblingsOf(ManuscriptNodeViewModel node) {
        return node.parent() == null ? roots : node.parent().children();
    }

    int indexOf(ManuscriptNodeViewModel node) {
        return siblingsOf(node).indexOf(node);
    }

    /** A new node of the same kind right after this one; a book has no siblings. */
    Optional<Target> siblingTarget(ManuscriptNodeViewModel node) {
        return node.parent() == null ? Optional.empty() : Optional.of(new Target(node.parent(), indexOf(node) + 1));
    }

    /** The last child of the previous sibling, when that may hold this kind. */
    Optional<Target> indentTarget(ManuscriptNodeViewModel node) {
        int index = indexOf(node);
        if (node.parent() == null || index <= 0) {
            return Optional.empty();
        }
        ManuscriptNodeViewModel previous = siblingsOf(node).get(index - 1);
        return Hierarchy.canHold(previous.kindProperty().get(), node.kindProperty().get())
                ? Optional.of(new Target(previous, previous.children().size()))
                : Optional.empty();
    }

    /** Right after the parent, among the grandparent's children, when that may hold this kind. */
    Optional<Target> outdentTarget(ManuscriptNodeViewModel node) {
        ManuscriptNodeViewModel parent = node.parent();
        if (parent == null || parent.parent() == null) {
            return Optional.empty();
        }
        ManuscriptNodeViewModel grandparent = parent.parent();
        return Hierarchy.canHold(grandparent.kindProperty().get(), node.kindProperty().get())
                ? Optional.of(new Target(grandparent, indexOf(parent) + 1))
                : Optional.empty();
    }

    /** What to select once this node is gone: the next sibling, else the previous, else the parent. */
    Optional<ManuscriptNodeViewModel> neighbourAfterRemoving(ManuscriptNodeViewModel node) {
        List<ManuscriptNodeViewModel> siblings = siblingsOf(node);
        int index = siblings.indexOf(node);
        if (index + 1 < siblings.size()) {
            return Optional.of(siblings.get(index + 1));
        }
        if (index > 0) {
            return Optional.of(siblings.get(index - 1));
        }
        return Optional.ofNullable(node.parent());
    }
}
