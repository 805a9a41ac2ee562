package studio.quire.manuscript.tree;

import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import studio.quire.manuscript.Tree;
import studio.quire.manuscript.TreeNode;

/**
 * Patches freshly loaded trees into the node view models in place: a node keeps its view model
 * (matched by id) across reloads, lists change only where they differ, so that expansion,
 * selection and scroll position of a view survive someone's change.
 */
final class TreePatcher {
    private final ObservableList<ManuscriptNodeViewModel> roots;
    private final Map<UUID, ManuscriptNodeViewModel> byId = new HashMap<>();

    TreePatcher(ObservableList<ManuscriptNodeViewModel> roots) {
        this.roots = roots;
    }

    void apply(Tree tree) {
        Map<UUID, ManuscriptNodeViewModel> old = new HashMap<>(byId);
        byId.clear();
        List<ManuscriptNodeViewModel> top = tree.roots().stream().map(n -> patch(tree, n, old)).toList();
        old.keySet().removeAll(byId.keySet());
        old.values().forEach(ManuscriptNodeViewModel::detach);
        top.forEach(ManuscriptNodeViewModel::detach);
        if (!roots.equals(top)) {
            roots.setAll(top);
        }
    }

    private ManuscriptNodeViewModel patch(Tree tree, TreeNode node, Map<UUID, ManuscriptNodeViewModel> old) {
        ManuscriptNodeViewModel vm = old.get(node.id());
        if (vm == null) {
            vm = new ManuscriptNodeViewModel(node);
        } else {
            vm.update(node);
        }
        byId.put(node.id(), vm);
        vm.setChildren(tree.children(node.id()).stream().map(c -> patch(tree, c, old)).toList());
        return vm;
    }

    Optional<ManuscriptNodeViewModel> node(UUID id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }
}
