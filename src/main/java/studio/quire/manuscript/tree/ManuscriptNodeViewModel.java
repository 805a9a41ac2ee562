package studio.quire.manuscript.tree;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.UUID;

import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.NodeStatus;
import studio.quire.manuscript.TreeNode;

/**
 * One node of the manuscript tree as the binder shows it: title, kind, status and rolled-up word
 * count as properties, and its children in order. Kept across reloads (patched by id), so that a
 * view's expansion and selection survive a change.
 */
public final class ManuscriptNodeViewModel {
    private final UUID id;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<NodeKind> kind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<NodeStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper wordCount = new ReadOnlyLongWrapper();
    private final javafx.beans.property.ReadOnlyIntegerWrapper version = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ObservableList<ManuscriptNodeViewModel> children = FXCollections.observableArrayList();
    private final ObservableList<ManuscriptNodeViewModel> readOnlyChildren = FXCollections.unmodifiableObservableList(children);
    private final StringBinding displayText;
    private ManuscriptNodeViewModel parent;
    private TreeNode node;

    ManuscriptNodeViewModel(TreeNode node) {
        this.id = node.id();
        update(node);
        displayText = Bindings.createStringBinding(() -> title.get() + " · " + words(wordCount.get()), title, wordCount);
    }

    static String words(long count) {
        return String.format("%,d %s", count, count == 1 ? "word" : "words");
    }

    void update(TreeNode fresh) {
        this.node = fresh;
        title.set(fresh.title());
        kind.set(fresh.kind());
        status.set(fresh.status());
        wordCount.set(fresh.wordCount());
        version.set(fresh.version());
    }

    void setChildren(List<ManuscriptNodeViewModel> kids) {
        kids.forEach(k -> k.parent = this);
        if (!children.equals(kids)) {
            children.setAll(kids);
        }
    }

    void detach() {
        parent = null;
    }

    /** The row as loaded last, with its position and version. */
    TreeNode node() {
        return node;
    }

    public UUID id() {
        return id;
    }

    /** The parent node, or null for a book at the root. */
    public ManuscriptNodeViewModel parent() {
        return parent;
    }

    public ObservableList<ManuscriptNodeViewModel> children() {
        return readOnlyChildren;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NodeKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NodeStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty wordCountProperty() {
        return wordCount.getReadOnlyProperty();
    }

    /** The node's optimistic version as last loaded: it changes when anyone changes its details. */
    public javafx.beans.property.ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** "Chapter 3 · 4,512 words". */
    public StringBinding displayTextProperty() {
        return displayText;
    }

    @Override
    public String toString() {
        return title.get();
    }
}
