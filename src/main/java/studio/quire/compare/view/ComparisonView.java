package studio.quire.compare.view;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import studio.quire.compare.Comparison;
import studio.quire.diff.Granularity;
import studio.quire.ui.Choices;
import studio.quire.ui.Command;
import studio.quire.ui.Fxml;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * Two drafts compared, bound to {@link ComparisonViewModel}: the toolbar (layout, granularity,
 * what to ignore, previous and next change, export, and the merge controls when the writer may
 * merge), the list of changes on the left and the lines in a virtualised list in the centre,
 * inline or side by side (one list of aligned pairs, so both sides scroll together).
 * F7 / Shift+F7 step through the changes and Ctrl+Z takes back an accept or reject.
 */
public final class ComparisonView extends BorderPane {
    public static final KeyCombination NEXT_KEY = studio.quire.ui.Shortcut.NEXT_CHANGE.key();
    public static final KeyCombination PREVIOUS_KEY = studio.quire.ui.Shortcut.PREVIOUS_CHANGE.key();
    public static final KeyCombination UNDO_KEY = studio.quire.ui.Shortcut.UNDO_MERGE.key();

    private final ComparisonViewModel viewModel;
    private Comparison shown;
    private ComparisonLines shownLines = ComparisonLines.EMPTY;
    private LinePainter painter;
    private boolean syncingSelection;

    @FXML private ToggleGroup modeGroup;
    @FXML private ToggleButton inlineToggle;
    @FXML private ToggleButton sideBySideToggle;
    @FXML private ChoiceBox<Granularity> granularityChoice;
    @FXML private CheckMenuItem ignoreWhitespaceItem;
    @FXML private CheckMenuItem ignorePunctuationItem;
    @FXML private CheckMenuItem ignoreCaseItem;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label statsLabel;
    @FXML private Button exportButton;
    @FXML private HBox mergeBar;
    @FXML private Button acceptButton;
    @FXML private Button rejectButton;
    @FXML private Button acceptAllButton;
    @FXML private Button rejectAllButton;
    @FXML private Button undoButton;
    @FXML private Label choicesLabel;
    @FXML private Button saveButton;
    @FXML private ListView<ChangeItem> changeList;
    @FXML private Label noChangesLabel;
    @FXML private HBox columnHeaders;
    @FXML private Label olderHeader;
    @FXML private Label newerHeader;
    @FXML private ListView<ComparisonLine> lineList;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label noticeLabel;
    @FXML private Label messageLabel;

    public ComparisonView(ComparisonViewModel viewModel) {
        this.viewModel = viewModel;
        Fxml.loadInto(this);
        getStylesheets().add(ComparisonView.class.getResource("/studio/quire/compare/compare.css").toExternalForm());
        painter = new LinePainter(null, viewModel.choicesProperty().get(), -1);
        bindOptions();
        bindCommands();
        bindChanges();
        bindLines();
        bindStatus();
        sceneProperty().addListener((obs, old, scene) -> installKeys(old, scene));
    }

    private void bindOptions() {
        inlineToggle.setUserData(ComparisonMode.INLINE);
        sideBySideToggle.setUserData(ComparisonMode.SIDE_BY_SIDE);
        modeGroup.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                modeGroup.selectToggle(old);
            } else {
                viewModel.modeProperty().set((ComparisonMode) toggle.getUserData());
            }
        });
        viewModel.modeProperty().addListener((obs, o, mode) -> showMode(mode));
        showMode(viewModel.modeProperty().get());
        Choices.fill(granularityChoice, List.of(Granularity.values()), g -> switch (g) {
            case WORD -> "By word";
            case SENTENCE -> "By sentence";
            case PARAGRAPH -> "By paragraph";
        });
        granularityChoice.valueProperty().bindBidirectional(viewModel.granularityProperty());
        granularityChoice.setTooltip(new Tooltip("The smallest unit a changed paragraph is compared in"));
        ignoreWhitespaceItem.selectedProperty().bindBidirectional(viewModel.ignoreWhitespaceProperty());
        ignorePunctuationItem.selectedProperty().bindBidirectional(viewModel.ignorePunctuationProperty());
        ignoreCaseItem.selectedProperty().bindBidirectional(viewModel.ignoreCaseProperty());
    }

    /** Side by side each column names its side; inline one line says what is compared with what. */
    private void showMode(ComparisonMode mode) {
        modeGroup.selectToggle(mode == ComparisonMode.SIDE_BY_SIDE ? sideBySideToggle : inlineToggle);
        boolean sideBySide = mode == ComparisonMode.SIDE_BY_SIDE;
        String older = viewModel.request().olderLabel();
        String newer = viewModel.request().newerLabel();
        olderHeader.setText(sideBySide ? older : older + "  →  " + newer);
        newerHeader.setText(newer);
        newerHeader.setVisible(sideBySide);
        newerHeader.setManaged(sideBySide);
        lineList.refresh();
    }

    private void bindCommands() {
        bind(previousButton, viewModel.previousCommand(), "Previous change (Shift+F7)");
        bind(nextButton, viewModel.nextCommand(), "Next change (F7)");
        bind(exportButton, viewModel.exportCommand(), "Save this comparison as a web page to share or print");
        for (Node merging : List.of(mergeBar, saveButton)) {
            merging.setVisible(viewModel.isMergeable());
            merging.setManaged(viewModel.isMergeable());
        }
        if (viewModel.isMergeable()) {
            bind(acceptButton, viewModel.acceptCommand(), "Keep this change in the merged text and go to the next");
            bind(rejectButton, viewModel.rejectCommand(), "Leave this change out of the merged text and go to the next");
            bind(acceptAllButton, viewModel.acceptAllCommand(), "Take every change: the merged text is the newer one");
            bind(rejectAllButton, viewModel.rejectAllCommand(), "Leave every change out: the merged text is the older one");
            bind(undoButton, viewModel.undoCommand(), "Take back the last accept or reject (Ctrl+Z)");
            bind(saveButton, viewModel.saveCommand(), "Save the merged text and close");
            saveButton.setText(viewModel.saveLabel());
        }
    }

    private static void bind(Button button, Command command, String tip) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setTooltip(new Tooltip(tip));
    }

    private void bindChanges() {
        changeList.setItems(viewModel.changes());
        changeList.setCellFactory(list -> new ChangeCell());
        changeList.setPlaceholder(new Label(""));
        noChangesLabel.visibleProperty().bind(viewModel.comparisonProperty().isNotNull()
                .and(Bindings.isEmpty(viewModel.changes())));
        changeList.getSelectionModel().selectedItemProperty().addListener((obs, o, item) -> {
            if (!syncingSelection && item != null && item.id() != viewModel.currentChangeProperty().get()) {
                viewModel.selectChange(item.id());
            }
        });
        viewModel.changes().addListener((ListChangeListener<ChangeItem>) change -> syncSelection());
        viewModel.currentChangeProperty().addListener((obs, o, id) -> {
            syncSelection();
            repaint();
            scrollToCurrent();
        });
        viewModel.choicesProperty().addListener((obs, o, n) -> repaint());
    }

    private void syncSelection() {
        int id = viewModel.currentChangeProperty().get();
        syncingSelection = true;
        try {
            if (id < 0 || id >= changeList.getItems().size()) {
                changeList.getSelectionModel().clearSelection();
            } else if (changeList.getSelectionModel().getSelectedIndex() != id) {
                changeList.getSelectionModel().select(id);
            }
        } finally {
            syncingSelection = false;
        }
        if (id >= 0) {
            ListScrolling.reveal(changeList, id);
        }
    }

    private void bindLines() {
        lineList.setCellFactory(list -> new LineCell(list.widthProperty(), () -> painter, viewModel.modeProperty()::get,
                viewModel::selectChange));
        lineList.setPlaceholder(new Label(""));
        lineList.setFocusTraversable(true);
        viewModel.linesProperty().addListener((obs, o, lines) -> show(viewModel.comparisonProperty().get(), lines));
    }

    /** Shows {@code comparison} in the centre at once (what the window does when its view model compares). */
    public void show(Comparison comparison) {
        show(comparison, ComparisonLines.of(comparison));
    }

    private void show(Comparison comparison, ComparisonLines lines) {
        shown = comparison;
        shownLines = lines;
        painter = new LinePainter(comparison, viewModel.choicesProperty().get(), viewModel.currentChangeProperty().get());
        lineList.setItems(FXCollections.observableList(lines.lines()));
        scrollToCurrent();
    }

    private void repaint() {
        painter = new LinePainter(shown, viewModel.choicesProperty().get(), viewModel.currentChangeProperty().get());
        lineList.refresh();
    }

    private void scrollToCurrent() {
        int id = viewModel.currentChangeProperty().get();
        if (shown != null && shown == viewModel.comparisonProperty().get() && id >= 0 && id < shown.changes().size()) {
            ListScrolling.reveal(lineList, shownLines.lineOf(shown.change(id)));
        }
    }

    private void bindStatus() {
        statsLabel.textProperty().bind(viewModel.statsProperty());
        choicesLabel.textProperty().bind(viewModel.choicesSummaryProperty());
        noticeLabel.textProperty().bind(viewModel.noticeProperty());
        noticeLabel.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        noticeLabel.managedProperty().bind(noticeLabel.visibleProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.busyProperty()));
    }

    private void installKeys(Scene old, Scene scene) {
        Map<KeyCombination, Runnable> keys = Map.of(
                NEXT_KEY, viewModel.nextCommand()::execute,
                PREVIOUS_KEY, viewModel.previousCommand()::execute,
                UNDO_KEY, viewModel.undoCommand()::execute);
        if (old != null) {
            keys.keySet().forEach(old.getAccelerators()::remove);
        }
        if (scene != null) {
            scene.getAccelerators().putAll(keys);
        }
    }

    @FXML
    private void onPrevious() {
        viewModel.previousCommand().execute();
    }

    @FXML
    private void onNext() {
        viewModel.nextCommand().execute();
    }

    @FXML
    private void onAccept() {
        viewModel.acceptCommand().execute();
    }

    @FXML
    private void onReject() {
        viewModel.rejectCommand().execute();
    }

    @FXML
    private void onAcceptAll() {
        viewModel.acceptAllCommand().execute();
    }

    @FXML
    private void onRejectAll() {
        viewModel.rejectAllCommand().execute();
    }

    @FXML
    private void onUndo() {
        viewModel.undoCommand().execute();
    }

    @FXML
    private void onSave() {
        viewModel.saveCommand().execute();
    }

    /** Asks where to save the HTML page, then lets the view model write it. */
    @FXML
    private void onExport() {
        if (!viewModel.exportCommand().isExecutable()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the comparison");
        chooser.setInitialFileName(viewModel.exportFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Web page", "*.html"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            viewModel.exportTo(file.toPath());
        }
    }
}
