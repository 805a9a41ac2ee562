package studio.quire.manuscript.details;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import studio.quire.ui.Choices;
import studio.quire.ui.Fxml;

import java.util.List;
import java.util.Locale;

import studio.quire.manuscript.ContentType;
import studio.quire.manuscript.NodeStatus;

/**
 * The inspector's "Details": the selected node's fields bound to {@link NodeDetailsViewModel}.
 * Saves when a field is left and after a short pause in typing; read-only for roles that cannot author.
 */
public final class NodeDetailsView extends BorderPane {
    /** How long typing must pause before the details are saved. */
    static final Duration PAUSE = Duration.millis(800);

    private final NodeDetailsViewModel viewModel;
    private final PauseTransition pause = new PauseTransition(PAUSE);

    @FXML private VBox form;
    @FXML private TextField titleField;
    @FXML private ChoiceBox<NodeStatus> statusBox;
    @FXML private ChoiceBox<ContentType> contentTypeBox;
    @FXML private TextArea synopsisArea;
    @FXML private TextArea notesArea;
    @FXML private TextField tagsField;
    @FXML private TextArea keywordsArea;
    @FXML private VBox snippetRows;
    @FXML private Button addSnippetButton;
    @FXML private Label stateLabel;
    @FXML private Label emptyLabel;
    @FXML private javafx.scene.control.ScrollPane formScroll;

    public NodeDetailsView(NodeDetailsViewModel viewModel) {
        this.viewModel = viewModel;
        Fxml.loadInto(this);
        getStylesheets().add(NodeDetailsView.class.getResource("node-details.css").toExternalForm());
        pause.setOnFinished(e -> viewModel.save());
        bindFields();
        bindSnippets();
        stateLabel.textProperty().bind(viewModel.stateProperty());
        form.visibleProperty().bind(viewModel.shownProperty());
        formScroll.visibleProperty().bind(viewModel.shownProperty());
        emptyLabel.visibleProperty().bind(viewModel.shownProperty().not());
    }

    private void bindFields() {
        statusBox.setItems(viewModel.statusChoices());
        statusBox.setConverter(Choices.converter(NodeDetailsView::statusLabel));
        Choices.fitWidest(statusBox);
        Choices.fill(contentTypeBox, List.of(ContentType.values()), ContentType::label);
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        contentTypeBox.valueProperty().bindBidirectional(viewModel.contentTypeProperty());
        text(titleField, viewModel.titleProperty());
        text(synopsisArea, viewModel.synopsisProperty());
        text(notesArea, viewModel.notesProperty());
        text(tagsField, viewModel.tagsProperty());
        text(keywordsArea, viewModel.keywordsProperty());
        statusBox.disableProperty().bind(viewModel.editableProperty().not());
        contentTypeBox.disableProperty().bind(viewModel.editableProperty().not());
        // A choice is a finished edit: saved at once.
        statusBox.setOnAction(e -> viewModel.save());
        contentTypeBox.setOnAction(e -> viewModel.save());
        addSnippetButton.disableProperty().bind(viewModel.addSnippetCommand().executableProperty().not());
    }

    private void text(TextInputControl field, javafx.beans.property.StringProperty property) {
        field.textProperty().bindBidirectional(property);
        field.editableProperty().bind(viewModel.editableProperty());
        field.textProperty().addListener((obs, was, now) -> {
            if (field.isFocused()) {
                pause.playFromStart();
            }
        });
        saveOnLeaving(field.focusedProperty());
    }

    private void saveOnLeaving(ObservableValue<Boolean> focused) {
        focused.addListener((obs, was, now) -> {
            if (!now) {
                pause.stop();
                viewModel.save();
            }
        });
    }

    private void bindSnippets() {
        rebuildSnippets();
        viewModel.snippets().addListener((ListChangeListener<SocialSnippetRow>) change -> {
            while (change.next()) {
                // Typing into a row only updates it; rebuilding would take the caret away.
                if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                    rebuildSnippets();
                    return;
                }
            }
        });
    }

    private void rebuildSnippets() {
        snippetRows.getChildren().setAll(viewModel.snippets().stream().map(this::snippetRow).toList());
    }

    private Node snippetRow(SocialSnippetRow row) {
        TextField platform = new TextField();
        platform.setPromptText("Platform");
        platform.setPrefColumnCount(8);
        platform.getStyleClass().add("snippet-platform");
        TextField text = new TextField();
        text.setPromptText("Snippet");
        text.getStyleClass().add("snippet-text");
        text(platform, row.platformProperty());
        text(text, row.textProperty());
        Button remove = new Button("Remove");
        remove.disableProperty().bind(viewModel.editableProperty().not());
        remove.setOnAction(e -> {
            viewModel.removeSnippet(row);
            viewModel.save();
        });
        HBox box = new HBox(platform, text, remove);
        HBox.setHgrow(text, Priority.ALWAYS);
        box.getStyleClass().add("snippet-row");
        return box;
    }

    static String statusLabel(NodeStatus status) {
        String words = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @FXML
    private void onAddSnippet() {
        viewModel.addSnippetCommand().execute();
    }
}
