package studio.quire.manuscript.tree;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import studio.quire.ui.Command;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import studio.quire.ui.Fxml;
import studio.quire.ui.IconButtons;
import studio.quire.ui.Shortcut;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import studio.quire.manuscript.TrashedNode;

/**
 * The binder: a tree of the manuscript bound to {@link ManuscriptTreeViewModel}, a toolbar and
 * keys, several rows selectable (Shift/Ctrl+click), rows dragged to move them, and the trash.
 */
public final class ManuscriptTreeView extends BorderPane {
    private final ManuscriptTreeViewModel viewModel;
    private final ManuscriptTreeItems items;
    private final Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
    /** True while the view itself copies a selection from one side to the other. */
    private boolean syncing;

    @FXML private Button newSiblingButton;
    @FXML private Button newChildButton;
    @FXML private Button newPartButton;
    @FXML private Button renameButton;
    @FXML private MenuButton moveMenu;
    @FXML private MenuItem moveUpItem;
    @FXML private MenuItem moveDownItem;
    @FXML private MenuItem indentItem;
    @FXML private MenuItem outdentItem;
    @FXML private Button trashButton;
    @FXML private ToggleButton trashToggle;
    @FXML private VBox trashPane;
    @FXML private ListView<TrashedNode> trashList;
    @FXML private Button restoreButton;
    @FXML private TreeView<ManuscriptNodeViewModel> tree;
    @FXML private Label emptyLabel;
    @FXML private Label messageLabel;
    @FXML private Hyperlink undoLink;
    @FXML private ProgressIndicator loadingIndicator;

    public ManuscriptTreeView(ManuscriptTreeViewModel viewModel) {
        this.viewModel = viewModel;
        this.items = new ManuscriptTreeItems(viewModel.roots());
        Fxml.loadInto(this);
        getStylesheets().add(ManuscriptTreeView.class.getResource("manuscript-tree.css").toExternalForm());
        bindTree();
        bindToolbar();
        bindTrash();
        installKeys();
    }

    private void bindTree() {
        tree.setRoot(items.root());
        TreeDragGesture drag = new TreeDragGesture(viewModel);
        tree.setCellFactory(t -> new ManuscriptTreeCell(drag));
        MultipleSelectionModel<TreeItem<ManuscriptNodeViewModel>> rows = tree.getSelectionModel();
        rows.setSelectionMode(SelectionMode.MULTIPLE);
        rows.getSelectedItems().addListener((ListChangeListener<TreeItem<ManuscriptNodeViewModel>>) c -> fromTree());
        rows.selectedItemProperty().addListener((obs, o, n) -> fromTree());
        viewModel.selectedProperty().addListener((obs, o, n) -> toTree());
        viewModel.selection().addListener((ListChangeListener<ManuscriptNodeViewModel>) c -> toTree());
        // A reload shifts rows under the tree's own selection: once patched, the view model's is the truth.
        viewModel.applyingProperty().addListener((obs, was, now) -> {
            if (!now) {
                toTree();
            }
        });
        emptyLabel.textProperty().bind(viewModel.emptyTextProperty());
        emptyLabel.visibleProperty().bind(viewModel.emptyTextProperty().isNotEmpty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        undoLink.textProperty().bind(viewModel.undoLabelProperty());
        undoLink.visibleProperty().bind(viewModel.undoLabelProperty().isNotEmpty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        loadingIndicator.managedProperty().bind(loadingIndicator.visibleProperty());
    }

    /** The person changed the rows' selection: the view model follows (lead last, as the tree has it). */
    private void fromTree() {
        if (syncing || viewModel.applyingProperty().get()) {
            return;
        }
        MultipleSelectionModel<TreeItem<ManuscriptNodeViewModel>> rows = tree.getSelectionModel();
        TreeItem<ManuscriptNodeViewModel> lead = rows.getSelectedItem();
        if (lead == null && viewModel.loadingProperty().get()) {
            return;
        }
        syncing = true;
        try {
            viewModel.selection().setAll(rows.getSelectedItems().stream().filter(Objects::nonNull)
                    .map(TreeItem::getValue).filter(Objects::nonNull).distinct().toList());
            viewModel.selectedProperty().set(lead == null ? null : lead.getValue());
        } finally {
            syncing = false;
        }
    }

    /** The view model's selection (after a change or a reload) shown on the rows. */
    private void toTree() {
        if (syncing || viewModel.applyingProperty().get()) {
            return;
        }
        MultipleSelectionModel<TreeItem<ManuscriptNodeViewModel>> rows = tree.getSelectionModel();
        TreeItem<ManuscriptNodeViewModel> lead = items.itemOf(viewModel.selectedProperty().get());
        List<TreeItem<ManuscriptNodeViewModel>> wanted = viewModel.selection().stream().map(items::itemOf)
                .filter(Objects::nonNull).toList();
        if (rows.getSelectedItem() == lead && rows.getSelectedItems().size() == wanted.size()
                && rows.getSelectedItems().containsAll(wanted)) {
            return;
        }
        boolean leadMoved = rows.getSelectedItem() != lead;
        syncing = true;
        try {
            rows.clearSelection();
            wanted.stream().filter(item -> item != lead).forEach(rows::select);
            if (lead != null) {
                rows.select(lead);
                if (leadMoved) {
                    tree.scrollTo(Math.max(0, tree.getRow(lead) - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void bindTrash() {
        TreeTrashViewModel trash = viewModel.trash();
        trashToggle.textProperty().bind(trash.labelProperty());
        trashToggle.selectedProperty().bindBidirectional(trash.shownProperty());
        trashToggle.setTooltip(new Tooltip("Show what is in the trash, to bring it back"));
        trashToggle.setGraphic(new FontIcon(Feather.ARCHIVE));
        trashPane.visibleProperty().bind(trash.shownProperty());
        trashPane.managedProperty().bind(trash.shownProperty());
        trashList.setItems(trash.items());
        trashList.setPlaceholder(new Label("The trash is empty."));
        trashList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TrashedNode item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : TreeTrashViewModel.describe(item));
            }
        });
        trashList.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> trash.selectedProperty().set(n));
        trash.selectedProperty().addListener((obs, o, n) -> {
            if (trashList.getSelectionModel().getSelectedItem() != n) {
                trashList.getSelectionModel().select(n);
            }
        });
        restoreButton.disableProperty().bind(trash.restoreCommand().executableProperty().not());
    }

    /**
     * Icons with their names in tooltips, so that the whole toolbar fits the binder's width; the
     * four ways of moving rows share one menu (they also have keys, and rows can be dragged).
     */
    private void bindToolbar() {
        newSiblingButton.textProperty().bind(viewModel.newSiblingLabelProperty());
        newChildButton.textProperty().bind(viewModel.newChildLabelProperty());
        bind(newSiblingButton, Feather.PLUS, viewModel.newSiblingCommand(), "Add after the selected one", Shortcut.NEW_SIBLING);
        bind(newChildButton, Feather.CORNER_DOWN_RIGHT, viewModel.newChildCommand(), "Add inside the selected one",
                Shortcut.NEW_CHILD);
        bind(newPartButton, Feather.LAYERS, viewModel.newPartCommand(),
                "Add a part to the book (chapters can then be indented into it)", null);
        bind(renameButton, Feather.EDIT_2, viewModel.renameCommand(), "", Shortcut.RENAME_NODE);
        bind(trashButton, Feather.TRASH_2, viewModel.trashCommand(), "Move to the trash; Ctrl+Z brings it back",
                Shortcut.TRASH);
        IconButtons.iconOnly(moveMenu, Feather.MOVE, "Move", "Move the selected rows (or drag them)");
        moveItem(moveUpItem, Feather.ARROW_UP, viewModel.moveUpCommand(), Shortcut.MOVE_UP);
        moveItem(moveDownItem, Feather.ARROW_DOWN, viewModel.moveDownCommand(), Shortcut.MOVE_DOWN);
        moveItem(indentItem, Feather.CHEVRONS_RIGHT, viewModel.indentCommand(), Shortcut.INDENT);
        moveItem(outdentItem, Feather.CHEVRONS_LEFT, viewModel.outdentCommand(), Shortcut.OUTDENT);
        moveMenu.disableProperty().bind(viewModel.moveUpCommand().executableProperty()
                .or(viewModel.moveDownCommand().executableProperty())
                .or(viewModel.indentCommand().executableProperty())
                .or(viewModel.outdentCommand().executableProperty()).not());
    }

    /** An icon button named by its text (bound or fixed); the tooltip says the name, what it does and its key. */
    private static void bind(Button button, Feather icon, Command command, String what, Shortcut key) {
        button.disableProperty().bind(command.executableProperty().not());
        IconButtons.iconOnly(button, icon, button.getText(), "");
        button.accessibleTextProperty().bind(button.textProperty());
        button.getTooltip().textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> button.getText()
                + (what.isEmpty() ? "" : ": " + what) + (key == null ? "" : " (" + key.keyText() + ")"),
                button.textProperty()));
    }

    /** A menu item that says its key, without being a window-wide accelerator (Tab must stay Tab elsewhere). */
    private static void moveItem(MenuItem item, Feather icon, Command command, Shortcut key) {
        item.setText(key.action() + "  (" + key.keyText() + ")");
        item.setGraphic(new FontIcon(icon));
        item.disableProperty().bind(command.executableProperty().not());
    }

    private void installKeys() {
        keys.put(Shortcut.NEW_CHILD.key(), viewModel.newChildCommand()::execute);
        keys.put(Shortcut.NEW_SIBLING.key(), viewModel.newSiblingCommand()::execute);
        keys.put(Shortcut.RENAME_NODE.key(), this::onRename);
        keys.put(Shortcut.MOVE_UP.key(), viewModel.moveUpCommand()::execute);
        keys.put(Shortcut.MOVE_DOWN.key(), viewModel.moveDownCommand()::execute);
        keys.put(Shortcut.OUTDENT.key(), viewModel.outdentCommand()::execute);
        keys.put(Shortcut.INDENT.key(), viewModel.indentCommand()::execute);
        keys.put(Shortcut.TRASH.key(), viewModel.trashCommand()::execute);
        keys.put(Shortcut.UNDO_BINDER.key(), viewModel.undoCommand()::execute);
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent event) {
        for (Map.Entry<KeyCombination, Runnable> key : keys.entrySet()) {
            if (key.getKey().match(event)) {
                event.consume();
                key.getValue().run();
                return;
            }
        }
    }

    @FXML
    private void onNewSibling() {
        viewModel.newSiblingCommand().execute();
    }

    @FXML
    private void onNewChild() {
        viewModel.newChildCommand().execute();
    }

    @FXML
    private void onNewPart() {
        viewModel.newPartCommand().execute();
    }

    @FXML
    private void onRestore() {
        viewModel.trash().restoreCommand().execute();
    }

    @FXML
    private void onRename() {
        ManuscriptNodeViewModel node = viewModel.selectedProperty().get();
        if (node == null || !viewModel.renameCommand().isExecutable()) {
            return;
        }
        RenameNodeDialog dialog = new RenameNodeDialog(node.titleProperty().get(), viewModel::titleProblem);
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.showAndWait().ifPresent(viewModel::rename);
    }

    @FXML
    private void onMoveUp() {
        viewModel.moveUpCommand().execute();
    }

    @FXML
    private void onMoveDown() {
        viewModel.moveDownCommand().execute();
    }

    @FXML
    private void onIndent() {
        viewModel.indentCommand().execute();
    }

    @FXML
    private void onOutdent() {
        viewModel.outdentCommand().execute();
    }

    @FXML
    private void onTrash() {
        viewModel.trashCommand().execute();
    }

    @FXML
    private void onUndo() {
        viewModel.undoCommand().execute();
    }
}
