package studio.quire.manuscript.tree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import studio.quire.manuscript.Hierarchy;
import studio.quire.manuscript.SiblingOrder;

/**
 * Where a node, or a group of siblings moved as one block, would go for each structure command,
 * judged on the tree as last loaded. Positions are counted among the new parent's other children,
 * as quire.move_nodes counts them.
 */
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

    /** The nodes in tree order when they all share one parent; empty for mixed parents. */
    Optional<List<ManuscriptNodeViewModel>> siblingGroup(List<ManuscriptNodeViewModel> nodes) {
        if (nodes.isEmpty() || nodes.stream().map(ManuscriptNodeViewModel::parent).distinct().count() != 1) {
            return Optional.empty();
        }
        List<ManuscriptNodeViewModel> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparingInt(this::indexOf));
        return Optional.of(sorted);
    }

    /** One place up (delta -1) or down (+1) for a group of siblings, moved as one block. */
    Optional<Target> shiftTarget(List<ManuscriptNodeViewModel> nodes, int delta) {
        return siblingGroup(nodes).filter(g -> g.get(0).parent() != null).flatMap(group -> {
            int first = indexOf(group.get(0));
            int last = indexOf(group.get(group.size() - 1));
            int size = siblingsOf(group.get(0)).size();
            if (delta < 0) {
                return first > 0 ? Optional.of(new Target(group.get(0).parent(), first - 1)) : Optional.empty();
            }
            return last < size - 1 ? Optional.of(new Target(group.get(0).parent(), last - group.size() + 2)) : Optional.empty();
        });
    }

    /** Into the sibling above the first of the group, when that may hold them all. */
    Optional<Target> indentTarget(List<ManuscriptNodeViewModel> nodes) {
        return siblingGroup(nodes).flatMap(group -> {
            int index = indexOf(group.get(0));
            if (group.get(0).parent() == null || index <= 0) {
                return Optional.empty();
            }
            ManuscriptNodeViewModel previous = siblingsOf(group.get(0)).get(index - 1);
            return holdsAll(previous, group) ? Optional.of(new Target(previous, previous.children().size())) : Optional.empty();
        });
    }

    /** Right after their parent, among the grandparent's children, when that may hold them all. */
    Optional<Target> outdentTarget(List<ManuscriptNodeViewModel> nodes) {
        return siblingGroup(nodes).flatMap(group -> {
            ManuscriptNodeViewModel parent = group.get(0).parent();
            if (parent == null || parent.parent() == null || !holdsAll(parent.parent(), group)) {
                return Optional.empty();
            }
            return Optional.of(new Target(parent.parent(), indexOf(parent) + 1));
        });
    }

    private static boolean holdsAll(ManuscriptNodeViewModel parent, List<ManuscriptNodeViewModel> nodes) {
        return nodes.stream().allMatch(n -> Hierarchy.canHold(parent.kindProperty().get(), n.kindProperty().get()));
    }

    /** The nodes without those that lie below another of them (trashing a chapter takes its sections). */
    static List<ManuscriptNodeViewModel> topmost(List<ManuscriptNodeViewModel> nodes) {
        Set<ManuscriptNodeViewModel> all = new HashSet<>(nodes);
        return nodes.stream().filter(n -> {
            for (ManuscriptNodeViewModel p = n.parent(); p != null; p = p.parent()) {
                if (all.contains(p)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /** What to select once these nodes are gone: the next sibling of the last that stays, else a previous one, else the parent. */
    Optional<ManuscriptNodeViewModel> neighbourAfterRemoving(List<ManuscriptNodeViewModel> nodes) {
        if (nodes.size() == 1) {
            return neighbourAfterRemoving(nodes.get(0));
        }
        ManuscriptNodeViewModel lead = nodes.get(nodes.size() - 1);
        List<ManuscriptNodeViewModel> siblings = siblingsOf(lead);
        int index = siblings.indexOf(lead);
        for (int i = index + 1; i < siblings.size(); i++) {
            if (!nodes.contains(siblings.get(i))) {
                return Optional.of(siblings.get(i));
            }
        }
        for (int i = index - 1; i >= 0; i--) {
            if (!nodes.contains(siblings.get(i))) {
                return Optional.of(siblings.get(i));
            }
        }
        return Optional.ofNullable(lead.parent()).filter(p -> !nodes.contains(p));
    }

    /** The current order of the children of each parent these nodes stand in, for an undo. */
    List<SiblingOrder> ordersAround(List<ManuscriptNodeViewModel> nodes) {
        List<SiblingOrder> orders = new ArrayList<>();
        Set<ManuscriptNodeViewModel> seen = new HashSet<>();
        for (ManuscriptNodeViewModel n : nodes) {
            ManuscriptNodeViewModel parent = n.parent();
            if (parent != null && seen.add(parent)) {
                orders.add(new SiblingOrder(parent.id(), parent.children().stream().map(ManuscriptNodeViewModel::id).toList()));
            } else if (parent == null && seen.add(null)) {
                orders.add(new SiblingOrder(null, roots.stream().map(ManuscriptNodeViewModel::id).toList()));
            }
        }
        return orders;
    }

    /** Every node, parents before children, in tree order. */
    static List<ManuscriptNodeViewModel> inTreeOrder(List<ManuscriptNodeViewModel> roots) {
        List<ManuscriptNodeViewModel> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<ManuscriptNodeViewModel> stack = new java.util.ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            ManuscriptNodeViewModel n = stack.pop();
            out.add(n);
            for (int i = n.children().size() - 1; i >= 0; i--) {
                stack.push(n.children().get(i));
            }
        }
        return out;
    }
}
