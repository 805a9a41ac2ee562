package studio.quire.brand.kits;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import studio.quire.brand.AssetKind;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.brand.store.KitSummary;
import studio.quire.ui.Command;
import studio.quire.ui.Fxml;
import studio.quire.ui.Shortcut;

import java.io.File;
import java.util.List;
import java.util.Locale;

/**
 * The Brand kits page bound to {@link BrandKitsViewModel}: the organization's kits on the left,
 * the chosen one on the right (name, palette, fonts, voice, logos and images), with Save
 * (Ctrl+S), Revert, Undo (Ctrl+Z), a kit file in and out. Deleting and removing ask first.
 */
public final class BrandKitsView extends BorderPane {
    private static final KeyCombination SAVE = Shortcut.SAVE_KIT.key();
    private static final KeyCombination UNDO = Shortcut.UNDO_KIT.key();
    private static final FileChooser.ExtensionFilter KIT_FILES =
            new FileChooser.ExtensionFilter("Quire brand kit (*.brandkit.json)", "*.brandkit.json", "*.json");

    private final BrandKitsViewModel viewModel;

    @FXML private Button newButton;
    @FXML private Button importButton;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Button undoButton;
    @FXML private Button exportButton;
    @FXML private Button deleteButton;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label readOnlyLabel;
    @FXML private ListView<KitSummary> kitList;
    @FXML private Label emptyLabel;
    @FXML private Label noSelectionLabel;
    @FXML private ScrollPane editorScroll;
    @FXML private VBox editor;
    @FXML private TextField nameField;
    @FXML private Label messageLabel;

    public BrandKitsView(BrandKitsViewModel viewModel) {
        this.viewModel = viewModel;
        Fxml.loadInto(this);
        getStylesheets().add(BrandKitsView.class.getResource("brand-kits.css").toExternalForm());
        bind(newButton, viewModel.newKitCommand(), "Start a brand kit with two colours");
        bind(saveButton, viewModel.saveCommand(), "Save the changes (Ctrl+S)");
        bind(revertButton, viewModel.revertCommand(), "Discard the changes (Undo brings them back)");
        bind(undoButton, viewModel.undoCommand(), "Take back the last change (Ctrl+Z)");
        bind(deleteButton, viewModel.deleteCommand(), "Delete this kit");
        importButton.disableProperty().bind(viewModel.newKitCommand().executableProperty().not());
        importButton.setTooltip(new Tooltip("Make a new kit from a kit file, its logos and images inside"));
        exportButton.disableProperty().bind(viewModel.draft().kitProperty().isNull().or(viewModel.busyProperty()));
        exportButton.setTooltip(new Tooltip("Write this kit, its logos and images inside, to one file"));
        readOnlyLabel.setText(viewModel.readOnlyNotice());
        readOnlyLabel.setVisible(!viewModel.canEdit());
        readOnlyLabel.setManaged(!viewModel.canEdit());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.busyProperty()));
        bindList();
        bindEditor();
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private void bindList() {
        kitList.setItems(viewModel.kits());
        kitList.setCellFactory(list -> new KitCell());
        kitList.setPlaceholder(new Label(""));
        emptyLabel.textProperty().bind(viewModel.emptyTextProperty());
        emptyLabel.visibleProperty().bind(viewModel.emptyTextProperty().isNotEmpty());
        kitList.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null && !viewModel.select(n)) {
                Platform.runLater(this::showSelected); // unsaved edits: back to the open kit
            }
        });
        viewModel.selectedProperty().addListener((obs, o, n) -> showSelected());
        viewModel.kits().addListener((ListChangeListener<KitSummary>) change -> showSelected());
    }

    private void showSelected() {
        KitSummary selected = viewModel.selectedProperty().get();
        int index = selected == null ? -1 : viewModel.kits().stream().map(KitSummary::id).toList().indexOf(selected.id());
        if (index < 0) {
            kitList.getSelectionModel().clearSelection();
        } else if (kitList.getSelectionModel().getSelectedIndex() != index) {
            kitList.getSelectionModel().select(index);
        }
    }

    private void bindEditor() {
        KitDraft draft = viewModel.draft();
        KitEdits edits = viewModel.edits();
        var editable = viewModel.editableProperty();
        List<String> families = Font.getFamilies();
        editor.getChildren().addAll(
                new PaletteEditor(draft, edits, editable), new Separator(),
                new FontsEditor(draft, edits, editable, families), new Separator(),
                new VoiceEditor(draft, edits, editable), new Separator(),
                new AssetsEditor(draft, edits, viewModel.files(), editable, this::addAsset, this::removeAsset));
        editorScroll.visibleProperty().bind(draft.kitProperty().isNotNull());
        noSelectionLabel.visibleProperty().bind(draft.kitProperty().isNull().and(viewModel.emptyTextProperty().isEmpty()));
        nameField.disableProperty().bind(editable.not());
        draft.kitProperty().addListener((obs, o, n) -> showName(n));
        nameField.setOnAction(e -> commitName());
        nameField.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitName();
            }
        });
        showName(draft.edited());
    }

    private void showName(BrandKit kit) {
        String name = kit == null ? "" : kit.name();
        if (!name.equals(nameField.getText())) {
            nameField.setText(name);
        }
    }

    private void commitName() {
        BrandKit kit = viewModel.draft().edited();
        if (kit != null && !kit.name().equals(nameField.getText())) {
            viewModel.edits().rename(nameField.getText());
            showName(viewModel.draft().edited());
        }
    }

    private void addAsset(AssetKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(kind == AssetKind.LOGO ? "Add a logo" : "Add an image");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG, JPEG or SVG images",
                "*.png", "*.jpg", "*.jpeg", "*.svg"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            viewModel.files().addAsset(file.toPath(), kind);
        }
    }

    private void removeAsset(BrandAsset asset) {
        if (confirm("Remove " + asset.name() + "?", "Templates that use it must be changed first.",
                "Remove image")) {
            viewModel.files().removeAsset(asset);
        }
    }

    private void shortcut(KeyEvent event) {
        Command command = SAVE.match(event) ? viewModel.saveCommand() : UNDO.match(event) ? viewModel.undoCommand() : null;
        if (command != null && command.isExecutable()) {
            commitName();
            command.execute();
            event.consume();
        }
    }

    private boolean confirm(String header, String body, String title) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, body, ButtonType.CANCEL, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.initOwner(window());
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static void bind(Button button, Command command, String tip) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setTooltip(new Tooltip(tip));
    }

    @FXML
    private void onNew() {
        viewModel.newKitCommand().execute();
    }

    @FXML
    private void onImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a brand kit");
        chooser.getExtensionFilters().add(KIT_FILES);
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            viewModel.files().importFile(file.toPath());
        }
    }

    @FXML
    private void onExport() {
        BrandKit kit = viewModel.draft().edited();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the brand kit");
        chooser.getExtensionFilters().add(KIT_FILES);
        chooser.setInitialFileName(kit.name().replaceAll("[\\\\/:*?\"<>|]", " ").strip().toLowerCase(Locale.ROOT)
                + ".brandkit.json");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            viewModel.files().exportFile(file.toPath());
        }
    }

    @FXML
    private void onSave() {
        commitName();
        viewModel.saveCommand().execute();
    }

    @FXML
    private void onRevert() {
        viewModel.revertCommand().execute();
    }

    @FXML
    private void onUndo() {
        viewModel.undoCommand().execute();
    }

    @FXML
    private void onDelete() {
        BrandKit kit = viewModel.draft().edited();
        if (kit != null && confirm("Delete the brand kit “" + kit.name() + "”?",
                "Its colours, fonts, voice rules and images go with it. This cannot be undone.", "Delete brand kit")) {
            viewModel.deleteCommand().execute();
        }
    }
}
