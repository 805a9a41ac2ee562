package studio.quire.manuscript;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import studio.quire.ui.Command;
import studio.quire.ui.Fxml;

import java.util.LinkedHashMap;
import java.util.Map;

/** The binder: a tree of the manuscript bound to {@link ManuscriptTreeViewModel}, a toolbar and keys. */
public final class ManuscriptTreeView extends BorderPane {
    private final ManuscriptTreeViewModel viewModel;
    private final ManuscriptTreeItems items;
    private final Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();

    @FXML private Button newSiblingButton;
    @FXML private Button newChildButton;
    @FXML private Button renameButton;
    @FXML private Button moveUpButton;
    @FXML private Button moveDownButton;
    @FXML private Button indentButton;
    @FXML private Button outdentButton;
    @FXML private Button trashButton;
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
        installKeys();
    }

    private void bindTree() {
        tree.setRoot(items.root());
        tree.setCellFactory(t -> new ManuscriptTreeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null || !viewModel.loadingProperty().get()) {
                viewModel.selectedProperty().set(n == null ? null : n.getValue());
            }
        });
        viewModel.selectedProperty().addListener((obs, o, n) -> select(n));
        // A reload may shift the tree's own selection while the view model's stays the same.
        viewModel.loadingProperty().addListener((obs, was, now) -> {
            if (!now) {
                select(viewModel.selectedProperty().get());
            }
        });
        emptyLabel.textProperty().bind(viewModel.emptyTextProperty());
        emptyLabel.visibleProperty().bind(viewModel.emptyTextProperty().isNotEmpty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        undoLink.textProperty().bind(viewModel.undoLabelProperty());
        undoLink.visibleProperty().bind(viewModel.undoLabelProperty().isNotEmpty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
    }

    private void select(ManuscriptNodeViewModel node) {
        TreeItem<ManuscriptNodeViewModel> item = items.itemOf(node);
        if (item == null) {
            tree.getSelectionModel().clearSelection();
        } else if (tree.getSelectionModel().getSelectedItem() != item) {
            tree.getSelectionModel().select(item);
            tree.scrollTo(tree.getRow(item));
        }
    }

    private void bindToolbar() {
        newSiblingButton.textProperty().bind(viewModel.newSiblingLabelProperty());
        newChildButton.textProperty().bind(viewModel.newChildLabelProperty());
        bind(newSiblingButton, viewModel.newSiblingCommand(), "Add after the selected one (Ctrl+Enter)");
        bind(newChildButton, viewModel.newChildCommand(), "Add inside the selected one (Ctrl+Shift+Enter)");
        bind(renameButton, viewModel.renameCommand(), "Rename (F2)");
        bind(moveUpButton, viewModel.moveUpCommand(), "Move up (Alt+Up)");
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
