package studio.quire.editor.revision;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import studio.quire.ui.Command;
import studio.quire.ui.Fxml;

import java.util.Objects;
import java.util.function.Function;

/**
 * The revisions inspector bound to the two parts of {@link RevisionsViewModel}: the
 * {@link RevisionListViewModel list} with Open (double-click, Enter) in a read-only window, Restore
 * with a confirmation and named revisions ({@link #NAMED_REVISION_KEY}; the studio binds its
 * accelerator to {@link #askForNamedRevision()}), and the {@link RevisionComparisonViewModel
 * comparison}: Compare (one revision, or two chosen with Ctrl+click).
 */
public final class RevisionsView extends BorderPane {
    /** Ctrl+Shift+S (Cmd on macOS): keep a named revision. */
    public static final KeyCombination NAMED_REVISION_KEY = studio.quire.ui.Shortcut.NAMED_REVISION.key();

    private final RevisionListViewModel list;
    private final RevisionComparisonViewModel comparison;
    private final Function<String, Node> renderer;

    @FXML private Button openButton;
    @FXML private Button restoreButton;
    @FXML private Button namedRevisionButton;
    @FXML private Button compareButton;
    @FXML private ListView<RevisionRow> revisionList;
    @FXML private Label emptyLabel;
    @FXML private Label messageLabel;
    @FXML private ProgressIndicator loadingIndicator;

    /**
     * @param renderer shows a revision's text (stored Markdown) formatted and read-only; the studio
     *                 passes the editor's formatted viewer
     */
    public RevisionsView(RevisionsViewModel viewModel, Function<String, Node> renderer) {
        this.list = viewModel.list();
        this.comparison = viewModel.comparison();
        this.renderer = Objects.requireNonNull(renderer);
        Fxml.loadInto(this);
        getStylesheets().add(RevisionsView.class.getResource("revisions.css").toExternalForm());
        bindList();
        bind(openButton, list.openCommand(), "Read this revision (Enter)");
        bind(restoreButton, list.restoreCommand(), "Make this revision the section's text; the current text is kept");
        bind(namedRevisionButton, list.namedRevisionCommand(), "Keep the current text as a named revision (Ctrl+Shift+S)");
        bind(compareButton, comparison.compareCommand(),
                "Compare this revision with the current text; Ctrl+click a second revision to compare the two");
        list.setOnOpened(this::showReader);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void bindList() {
        revisionList.setItems(list.rows());
        revisionList.setCellFactory(view -> new RevisionCell());
        revisionList.setPlaceholder(new Label(""));
        revisionList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        revisionList.getSelectionModel().getSelectedItems().addListener(
                (ListChangeListener<RevisionRow>) change -> list.chosenRows().setAll(
                        revisionList.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).toList()));
        revisionList.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> list.selectedProperty().set(n));
        list.selectedProperty().addListener((obs, o, n) -> {
            if (revisionList.getSelectionModel().getSelectedItem() != n) {
                revisionList.getSelectionModel().select(n);
            }
        });
        revisionList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                list.openCommand().execute();
            }
        });
        emptyLabel.textProperty().bind(list.emptyTextProperty());
        emptyLabel.visibleProperty().bind(list.emptyTextProperty().isNotEmpty());
        messageLabel.textProperty().bind(list.messageProperty());
        loadingIndicator.visibleProperty().bind(list.loadingProperty().or(list.busyProperty()));
        loadingIndicator.managedProperty().bind(loadingIndicator.visibleProperty()); // no empty row in the flow
    }

    private static void bind(Button button, Command command, String tip) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setTooltip(new Tooltip(tip));
    }

    private void onKey(KeyEvent event) {
        if (NAMED_REVISION_KEY.match(event)) {
            event.consume();
            askForNamedRevision();
        } else if (event.getCode() == KeyCode.ENTER && event.getTarget() == revisionList) {
            event.consume();
            list.openCommand().execute();
        }
    }

    /** Asks a name and keeps a named revision of the open section (bind Ctrl+Shift+S here). */
    @FXML
    public void askForNamedRevision() {
        if (!list.namedRevisionCommand().isExecutable()) {
            return;
        }
        RevisionNameDialog dialog = new RevisionNameDialog(list::nameProblem);
        dialog.initOwner(owner());
        dialog.showAndWait().ifPresent(list::keepNamedRevision);
    }

    @FXML
    private void onOpen() {
        list.openCommand().execute();
    }

    @FXML
    private void onCompare() {
        comparison.compareCommand().execute();
    }

    @FXML
    private void onRestore() {
        if (!list.restoreCommand().isExecutable()) {
            return;
        }
        ButtonType restore = new ButtonType("Restore", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "The section's text becomes this revision's. The current text is kept as a revision first, "
                        + "so nothing is lost.", ButtonType.CANCEL, restore);
        confirm.setTitle("Restore a revision");
        confirm.setHeaderText(list.restoreQuestion());
        confirm.getDialogPane().lookupButton(restore).setId("confirm-restore");
        confirm.initOwner(owner());
        confirm.showAndWait().filter(b -> b == restore).ifPresent(b -> list.restoreCommand().execute());
    }

    /** A window of its own, so the writer can read an old text beside the current one. */
    private void showReader(OpenedRevision opened) {
        ScrollPane content = new ScrollPane(renderer.apply(opened.markdown()));
        content.setFitToWidth(true);
        content.getStyleClass().add("revision-reader");
        content.setId("revision-reader");
        Stage reader = new Stage();
        reader.setTitle(opened.title());
        Window owner = owner();
        reader.initOwner(owner);
        Scene scene = new Scene(new BorderPane(content), 640, 560);
        if (getScene() != null) {
            scene.getStylesheets().setAll(getScene().getStylesheets());
        }
        scene.getStylesheets().addAll(getStylesheets());
        reader.setScene(scene);
        reader.show();
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
