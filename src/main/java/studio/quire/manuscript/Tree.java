package studio.quire.manuscript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A manuscript tree built from its flat rows: children in position order under each parent, and
 * word counts rolled up from sections to chapters, parts and books. Pure; linear in the nodes.
 */
public final class Tree {
    private static final Comparator<TreeNode> BY_POSITION = Comparator.comparingInt(TreeNode::position)
            .thenComparing(TreeNode::id);

    private final Map<UUID, List<TreeNode>> children;
    private final List<TreeNode> roots;
    private final List<TreeNode> inOrder;

    private Tree(Map<UUID, List<TreeNode>> children, List<TreeNode> roots, List<TreeNode> inOrder) {
        this.children = children;
        this.roots = roots;
        this.inOrder = inOrder;
    }

    /**
     * @param rows nodes in any order, sections carrying their own word count; a node whose parent
     *             is not among the rows is treated as a root so that nothing disappears
     */
    public static Tree of(List<TreeNode> rows) {
        Map<UUID, TreeNode> byId = new HashMap<>(rows.size() * 2);
        rows.forEach(r -> byId.put(r.id(), r));
        Map<UUID, List<TreeNode>> raw = new HashMap<>();
        List<TreeNode> rawRoots = new ArrayList<>();
        for (TreeNode row : rows) {
            if (row.parentId() != null && byId.containsKey(row.parentId())) {
                raw.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
            } else {
                rawRoots.add(row);
            }
        }
        Map<UUID, List<TreeNode>> children = new HashMap<>(raw.size() * 2);
        List<TreeNode> inOrder = new ArrayList<>(rows.size());
        List<TreeNode> roots = new ArrayList<>(rawRoots.size());
        rawRoots.sort(BY_POSITION);
        for (TreeNode root : rawRoots) {
            roots.add(rolledUp(root, raw, children, inOrder));
        }
        return new Tree(children, List.copyOf(roots), List.copyOf(inOrder));
    }

    /** Depth-first; appends the node before its children and returns it with its total. */
    private static TreeNode rolledUp(TreeNode node, Map<UUID, List<TreeNode>> raw, Map<UUID, List<TreeNode>> out,
                                     List<TreeNode> inOrder) {
        int slot = inOrder.size();
        inOrder.add(node);
        List<TreeNode> kids = raw.getOrDefault(node.id(), List.of());
        if (kids.isEmpty()) {
            return node;
        }
        kids.sort(BY_POSITION);
        List<TreeNode> done = new ArrayList<>(kids.size());
        long words = node.kind() == NodeKind.SECTION ? node.wordCount() : 0;
        for (TreeNode kid : kids) {
            TreeNode total = rolledUp(kid, raw, out, inOrder);
            done.add(total);
            words += total.wordCount();
        }
        out.put(node.id(), List.copyOf(done));
        TreeNode total = node.withWordCount(words);
        inOrder.set(slot, total);
        return total;
    }

    public List<TreeNode> roots() {
        return roots;
    }

    /** The children of a node in position order (rolled up), empty for a leaf or an unknown id. */
    public List<TreeNode> children(UUID id) {
        return children.getOrDefault(id, List.of());
    }

    /** Every node, parents before their children, siblings in position order, with rolled-up counts. */
    public List<TreeNode> inOrder() {
        return inOrder;
    }
}
