package studio.quire.manuscript.tree;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import studio.quire.manuscript.Hierarchy;

/**
 * Where a drag would land: over a row's upper third before it, lower third after it (as its
 * sibling), middle into it as its last child. Only places the hierarchy allows are offered;
 * dropping nodes into themselves or below themselves, or onto where they already are, is not.
 * Pure: works on the tree as last loaded.
 */
public final class TreeDrop {
    /** Which part of a row the pointer is over. */
    public enum Zone {
        BEFORE, INTO, AFTER;

        /** Thirds of a row {@code height} high, {@code y} from its top. */
        public static Zone of(double y, double height) {
            if (y < height / 3) {
                return BEFORE;
            }
            return y > height * 2 / 3 ? AFTER : INTO;
        }
    }

    private TreeDrop() {
    }

    /**
     * @param roots   the books at the root (siblings of a dropped book)
     * @param dragged the nodes being dragged, in tree order
     * @param over    the row under the pointer
     */
    public static Optional<TreeMoves.Target> target(List<ManuscriptNodeViewModel> roots,
                                                    List<ManuscriptNodeViewModel> dragged,
                                                    ManuscriptNodeViewModel over, Zone zone) {
        if (dragged.isEmpty() || over == null || zone == null || isInside(over, dragged)) {
            return Optional.empty();
        }
        ManuscriptNodeViewModel parent = zone == Zone.INTO ? over : over.parent();
        if (!dragged.stream().allMatch(d -> Hierarchy.canHold(parent == null ? null : parent.kindProperty().get(),
                d.kindProperty().get()))) {
            return Optional.empty();
        }
        List<ManuscriptNodeViewModel> siblings = parent == null ? roots : parent.children();
        Set<ManuscriptNodeViewModel> moving = new HashSet<>(dragged);
        // move_nodes counts the position among the parent's other children.
        int position = 0;
        int end = zone == Zone.INTO ? siblings.size() : siblings.indexOf(over) + (zone == Zone.AFTER ? 1 : 0);
        for (int i = 0; i < end; i++) {
            if (!moving.contains(siblings.get(i))) {
                position++;
            }
        }
        TreeMoves.Target target = new TreeMoves.Target(parent, position);
        return alreadyThere(siblings, dragged, moving, position) ? Optional.empty() : Optional.of(target);
    }

    /** Whether {@code node} is one of the dragged nodes or below one of them. */
    private static boolean isInside(ManuscriptNodeViewModel node, List<ManuscriptNodeViewModel> dragged) {
        for (ManuscriptNodeViewModel n = node; n != null; n = n.parent()) {
            if (dragged.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** The dragged nodes already stand, in this order, as one block at that position of that parent. */
    private static boolean alreadyThere(List<ManuscriptNodeViewModel> siblings, List<ManuscriptNodeViewModel> dragged,
                                        Set<ManuscriptNodeViewModel> moving, int position) {
        if (!siblings.containsAll(dragged)) {
            return false;
        }
        int others = 0;
        int start = -1;
        for (int i = 0; i < siblings.size(); i++) {
            if (!moving.contains(siblings.get(i))) {
                others++;
            } else if (start < 0) {
                start = i;
                if (others != position) {
                    return false;
                }
            }
        }
        return siblings.subList(start, start + dragged.size()).equals(dragged);
    }

    /** Why the dragged nodes cannot go there, in a writer's words. */
    static String refusal(List<ManuscriptNodeViewModel> dragged, ManuscriptNodeViewModel over, TreeDrop.Zone zone) {
        ManuscriptNodeViewModel parent = zone == TreeDrop.Zone.INTO ? over : over.parent();
        String kind = Hierarchy.label(dragged.get(0).kindProperty().get());
        if (parent == null) {
            return "Only a book stands at the top of a manuscript.";
        }
        return Hierarchy.canHold(parent.kindProperty().get(), dragged.get(0).kindProperty().get())
                ? "The " + kind + " is already there."
                : "A " + Hierarchy.label(parent.kindProperty().get()) + " cannot hold a " + kind + ".";
    }
}
