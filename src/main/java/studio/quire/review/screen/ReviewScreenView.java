package studio.quire.review.screen;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import studio.quire.compare.view.ComparisonView;
import studio.quire.ui.Choices;
import studio.quire.ui.Command;

import java.util.List;

/**
 * The review screen bound to {@link ReviewScreenViewModel}: a header with the request and its
 * step, tabs with the changes since the last approved text, the submitted text with its anchored
 * comments, and the history; beside them the decision panel. Esc goes back to the queue.
 */
public final class ReviewScreenView extends BorderPane {
    private final ReviewScreenViewModel viewModel;
    private final StackPane changes = new StackPane();

    /**
     * @param comments the submitted text of the selected section with its comment threads, or null
     *                 when comments are not shown
     */
    public ReviewScreenView(ReviewScreenViewModel viewModel, Node comments) {
        this.viewModel = viewModel;
        getStyleClass().add("review-screen");
        getStylesheets().add(ReviewScreenView.class.getResource("/studio/quire/review/review.css").toExternalForm());
        setTop(header());
        SplitPane split = new SplitPane(tabs(comments), decisionPanel());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        setCenter(split);
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !event.isConsumed()) {
                viewModel.closeCommand().execute();
                event.consume();
            }
        });
        viewModel.comparisonProperty().addListener((obs, old, now) ->
                changes.getChildren().setAll(now == null ? List.of(placeholder("Reading the texts…")) : List.of(new ComparisonView(now))));
        changes.getChildren().setAll(placeholder("Reading the texts…"));
    }

    private Node header() {
        Button back = new Button("Queue", new FontIcon(Feather.ARROW_LEFT));
        back.setId("reviewBackButton");
        back.setTooltip(new Tooltip("Back to the review queue (Esc)"));
        back.setOnAction(e -> viewModel.closeCommand().execute());
        Label title = new Label();
        title.setId("reviewTitle");
        title.getStyleClass().add("review-title");
        title.textProperty().bind(viewModel.headlineProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("small-progress");
        busy.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.busyProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(10, back, title, grow, busy);
        top.getStyleClass().add("review-header-row");
        Label step = new Label();
        step.setId("reviewStepLine");
        step.getStyleClass().add("review-step-line");
        step.textProperty().bind(viewModel.stepLineProperty());
        VBox header = new VBox(4, top, step);
        header.getStyleClass().add("review-header");
        return header;
    }

    private TabPane tabs(Node comments) {
        ChoiceBox<ReviewBase> base = new ChoiceBox<>();
        base.setId("reviewBaseChoice");
        Choices.fill(base, List.of(ReviewBase.values()), ReviewBase::label);
        base.valueProperty().bindBidirectional(viewModel.baseProperty());
        base.setTooltip(new Tooltip("What the submitted text is compared with"));
        HBox compareBar = new HBox(8, new Label("Compare with"), base);
        compareBar.getStyleClass().add("review-bar");
        Tab changesTab = new Tab("Changes", new BorderPane(changes, compareBar, null, null, null));
        ListView<ReviewHistoryEntry> history = new ListView<>(viewModel.history());
        history.setId("reviewHistory");
        history.setCellFactory(list -> new HistoryCell());
        history.setPlaceholder(placeholder("Nothing has happened yet."));
        Tab historyTab = new Tab("History", history);
        TabPane tabs = new TabPane(changesTab);
        if (comments != null) {
            ChoiceBox<ReviewDetails.Section> section = new ChoiceBox<>(viewModel.sections());
            section.setId("reviewSectionChoice");
            Choices.fitWidest(section);
            section.setConverter(Choices.converter(s -> s.title() + ("withdrawn".equals(s.state()) ? " (changed after approval)"
                    : "trashed".equals(s.state()) ? " (in the trash)"
                    : "approved".equals(s.state()) ? " (approved)" : "")));
            section.valueProperty().bindBidirectional(viewModel.selectedSectionProperty());
            HBox sectionBar = new HBox(8, new Label("Section"), section,
                    new Label("Select words, then Ctrl+Alt+M to comment on them."));
            sectionBar.getStyleClass().add("review-bar");
            tabs.getTabs().add(new Tab("Text and comments", new BorderPane(comments, sectionBar, null, null, null)));
        }
        tabs.getTabs().add(historyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("review-tabs");
        return tabs;
    }

    private Node decisionPanel() {
        Label heading = new Label("Your decision");
        heading.getStyleClass().add("review-panel-heading");
        TextArea comment = new TextArea();
        comment.setId("decisionComment");
        comment.setWrapText(true);
        comment.setPrefRowCount(6);
        comment.setPromptText("A comment for the writer: needed to request changes or reject");
        comment.textProperty().bindBidirectional(viewModel.commentProperty());
        Button approve = button("_Approve", "approveButton", viewModel.approveCommand(),
                "Approve this step for the text as submitted", "success");
        Button changesButton = button("Request _changes", "requestChangesButton", viewModel.requestChangesCommand(),
                "Send it back to the writer with your comment", null);
        Button reject = button("Re_ject", "rejectButton", viewModel.rejectCommand(),
                "Close the request: it will not be published", "danger");
        VBox deciding = new VBox(8, heading, comment, new FlowPane(6, 6, approve, changesButton, reject));
        deciding.visibleProperty().bind(viewModel.decidingBinding());
        deciding.managedProperty().bind(deciding.visibleProperty());

        Button claim = button("_Take", "claimReviewButton", viewModel.claimCommand(),
                "Take this step, so other editors see you handle it", null);
        Button release = button("Give _back", "releaseReviewButton", viewModel.releaseCommand(),
                "Give this step back to the queue", null);
        Button delegate = new Button("_Delegate…");
        delegate.setId("delegateButton");
        delegate.setTooltip(new Tooltip("Hand this step to another member, with a reason"));
        delegate.disableProperty().bind(viewModel.decidingBinding().not().or(viewModel.busyProperty()));
        delegate.setOnAction(e -> viewModel.loadDelegates(people -> DelegateDialog.ask(this, people)
                .ifPresent(choice -> viewModel.delegate(choice.person(), choice.reason()))));
        FlowPane handling = new FlowPane(6, 6, claim, release, delegate);
        Button publish = button("_Publish", "publishButton", viewModel.publishCommand(),
                "Mark the approved texts as published", "success");
        Button discard = button("D_iscard", "discardButton", viewModel.discardCommand(),
                "Close this request without a decision", null);
        FlowPane owning = new FlowPane(6, 6, publish, discard);
        owning.visibleProperty().bind(viewModel.publishCommand().executableProperty()
                .or(viewModel.discardCommand().executableProperty()));
        owning.managedProperty().bind(owning.visibleProperty());
        Label message = new Label();
        message.setId("reviewScreenMessage");
        message.setWrapText(true);
        message.getStyleClass().add("page-message");
        message.textProperty().bind(viewModel.messageProperty());
        VBox panel = new VBox(12, deciding, handling, new Separator(), owning, message);
        panel.getStyleClass().add("review-decision-panel");
        panel.setMinWidth(260);
        return panel;
    }

    private static Button button(String text, String id, Command command, String tip, String style) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setTooltip(new Tooltip(tip));
        if (style != null) {
            button.getStyleClass().add(style);
        }
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(e -> command.execute());
        return button;
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("review-placeholder");
        label.setWrapText(true);
        return label;
    }
}
