package studio.quire.manuscript.tree;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import studio.quire.manuscript.Tree;

/**
 * Tree items that follow the node view models (after JabRef's RecursiveTreeItem): one item per
 * node view model, found by id and reused across reloads, so that expansion survives a change;
 * each item's children follow its node's children list.
 */
final class ManuscriptTreeItems {
    private final Map<UUID, TreeItem<ManuscriptNodeViewModel>> items = new HashMap<>();
    private final TreeItem<ManuscriptNodeViewModel> root = new TreeItem<>();

    ManuscriptTreeItems(ObservableList<ManuscriptNodeViewModel> roots) {
        follow(root, roots);
        root.setExpanded(true);
    }

    TreeItem<ManuscriptNodeViewModel> root() {
        return root;
    }

    /** The item showing this node, or null when it is not in the tree. */
    TreeItem<ManuscriptNodeViewModel> itemOf(ManuscriptNodeViewModel node) {
        return node == null ? null : items.get(node.id());
    }

    private TreeItem<ManuscriptNodeViewModel> item(ManuscriptNodeViewModel node) {
        TreeItem<ManuscriptNodeViewModel> existing = items.get(node.id());
        // Reused only while it shows this very view model: a node that left the tree and came back
        // (trashed, then restored) has a new one, and an item still holding the old one would show
        // a title and children that no reload updates any more.
        if (existing != null && existing.getValue() == node) {
            return existing;
        }
        TreeItem<ManuscriptNodeViewModel> created = new TreeItem<>(node);
        created.setExpanded(true);
        items.put(node.id(), created);
        follow(created, node.children());
        return created;
    }

    private void follow(TreeItem<ManuscriptNodeViewModel> item, ObservableList<ManuscriptNodeViewModel> children) {
        item.getChildren().setAll(children.stream().map(this::item).toList());
        children.addListener((ListChangeListener<ManuscriptNodeViewModel>) change ->
                item.getChildren().setAll(children.stream().map(this::item).toList()));
    }
}
