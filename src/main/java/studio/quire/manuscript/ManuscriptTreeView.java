package studio.quire.manuscript;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import studio.quire.ui.Command;
import studio.quire.ui.Fxml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    @FXML private Button moveUpButton;
    @FXML private Button moveDownButton;
    @FXML private Button indentButton;
    @FXML private Button outdentButton;
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

    private void bindToolbar() {
        newSiblingButton.textProperty().bind(viewModel.newSiblingLabelProperty());
        newChildButton.textProperty().bind(viewModel.newChildLabelProperty());
        bind(newSiblingButton, viewModel.newSiblingCommand(), "Add after the selected one (Ctrl+Enter)");
        bind(newChildButton, viewModel.newChildCommand(), "Add inside the selected one (Ctrl+Shift+Enter)");
        bind(newPartButton, viewModel.newPartCommand(), "Add a part to the book (chapters can then be indented into it)");
        bind(renameButton, viewModel.renameCommand(), "Rename (F2)");
        bind(moveUpButton, viewModel.moveUpCommand(), "Move up (Alt+Up); drag rows to move them anywhere");
        bind(moveDownButton, viewModel.moveDownCommand(), "Move down (Alt+Down)");
        bind(indentButton, viewModel.indentCommand(), "Move into the one above (Tab)");
        bind(outdentButton, viewModel.outdentCommand(), "Move out of its parent (Shift+Tab)");
        bind(trashButton, viewModel.trashCommand(), "Move to the trash (Delete); Ctrl+Z brings it back");
    }

    private static void bind(Button button, Command command, String tip) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setTooltip(new Tooltip(tip));
    }

    private void installKeys() {
        keys.put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                viewModel.newChildCommand()::execute);
        keys.put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), viewModel.newSiblingCommand()::execute);
        keys.put(new KeyCodeCombination(KeyCode.F2), this::onRename);
        keys.put(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), viewModel.moveUpCommand()::execute);
        keys.put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), viewModel.moveDownCommand()::execute);
        keys.put(new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHIFT_DOWN), viewModel.outdentCommand()::execute);
        keys.put(new KeyCodeCombination(KeyCode.TAB), viewModel.indentCommand()::execute);
        keys.put(new KeyCodeCombination(KeyCode.DELETE), viewModel.trashCommand()::execute);
        keys.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), viewModel.undoCommand()::execute);
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
