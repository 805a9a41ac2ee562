package studio.quire.review.queue;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import studio.quire.ui.Choices;
import studio.quire.ui.Command;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import studio.quire.ui.Fxml;

/**
 * The review queue bound to {@link ReviewQueueViewModel}: Refresh, Claim and Release, a step
 * filter and "Overdue only", the waiting steps soonest due first, and "Load more" while more pages exist.
 */
public final class ReviewQueueView extends BorderPane {
    private final ReviewQueueViewModel viewModel;

    @FXML private Button openButton;
    @FXML private Button refreshButton;
    @FXML private Button claimButton;
    @FXML private Button releaseButton;
    @FXML private ChoiceBox<String> stepChoice;
    @FXML private ChoiceBox<QueueFacets.Choice> projectChoice;
    @FXML private ChoiceBox<QueueFacets.Choice> submitterChoice;
    @FXML private ChoiceBox<QueueAge> ageChoice;
    @FXML private CheckBox overdueCheck;
    @FXML private ListView<QueueRow> queueList;
    @FXML private Label emptyLabel;
    @FXML private Button loadMoreButton;
    @FXML private Label messageLabel;
    @FXML private ProgressIndicator loadingIndicator;

    public ReviewQueueView(ReviewQueueViewModel viewModel) {
        this.viewModel = viewModel;
        Fxml.loadInto(this);
        getStylesheets().add(ReviewQueueView.class.getResource("review-queue.css").toExternalForm());
        bind(openButton, viewModel.openCommand(), "Open the review screen of this item (Enter, or double-click)");
        bind(refreshButton, viewModel.refreshCommand(), "Load the queue again");
        bind(claimButton, viewModel.claimCommand(), "Take this step, so other editors see you handle it");
        bind(releaseButton, viewModel.releaseCommand(), "Give this step back to the queue");
        bind(loadMoreButton, viewModel.loadMoreCommand(), "Show the next items");
        loadMoreButton.visibleProperty().bind(viewModel.hasMoreProperty());
        loadMoreButton.managedProperty().bind(viewModel.hasMoreProperty());
        stepChoice.setItems(viewModel.stepNames());
        Choices.fitWidest(stepChoice);
        stepChoice.valueProperty().bindBidirectional(viewModel.stepFilterProperty());
        stepChoice.setTooltip(new Tooltip("Show one step only"));
        overdueCheck.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        bindChoice(projectChoice, viewModel.projectChoices(), viewModel.projectFilterProperty(), "Show one project only");
        bindChoice(submitterChoice, viewModel.submitterChoices(), viewModel.submitterFilterProperty(),
                "Show what one person submitted");
        Choices.fill(ageChoice, List.of(QueueAge.values()), QueueAge::label);
        ageChoice.valueProperty().bindBidirectional(viewModel.ageFilterProperty());
        ageChoice.setTooltip(new Tooltip("Show what has waited long"));
        bindList();
    }

    private void bindList() {
        queueList.setItems(viewModel.rows());
        queueList.setCellFactory(list -> new QueueCell());
        queueList.setPlaceholder(new Label(""));
        queueList.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER) {
                viewModel.openCommand().execute();
                event.consume();
            }
        });
        queueList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && event.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                viewModel.openCommand().execute();
            }
        });
        queueList.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> viewModel.selectedProperty().set(n));
        viewModel.selectedProperty().addListener((obs, o, n) -> {
            if (queueList.getSelectionModel().getSelectedItem() != n) {
                queueList.getSelectionModel().select(n);
            }
        });
        emptyLabel.textProperty().bind(viewModel.emptyTextProperty());
        emptyLabel.visibleProperty().bind(viewModel.emptyTextProperty().isNotEmpty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.busyProperty()));
        loadingIndicator.managedProperty().bind(loadingIndicator.visibleProperty()); // no empty row in the flow
    }

    /** A choice of project or person: choosing sets the filter's id; "All…" (the first choice) clears it. */
    private static void bindChoice(ChoiceBox<QueueFacets.Choice> box, ObservableList<QueueFacets.Choice> choices,
                                   ObjectProperty<UUID> filter, String tip) {
        box.setItems(choices);
        box.setConverter(Choices.converter(QueueFacets.Choice::name));
        Choices.fitWidest(box);
        box.setTooltip(new Tooltip(tip));
        Runnable show = () -> box.setValue(choices.stream().filter(c -> Objects.equals(c.id(), filter.get()))
                .findFirst().orElse(choices.isEmpty() ? null : choices.get(0)));
        show.run();
        choices.addListener((ListChangeListener<QueueFacets.Choice>) change -> show.run());
        filter.addListener((obs, o, n) -> show.run());
        box.valueProperty().addListener((obs, o, chosen) -> {
            if (chosen != null && !Objects.equals(chosen.id(), filter.get())) {
                filter.set(chosen.id());
            }
        });
    }

    private static void bind(Button button, Command command, String tip) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setTooltip(new Tooltip(tip));
    }

    @FXML
    private void onOpen() {
        viewModel.openCommand().execute();
    }

    @FXML
    private void onRefresh() {
        viewModel.refreshCommand().execute();
    }

    @FXML
    private void onClaim() {
        viewModel.claimCommand().execute();
    }

    @FXML
    private void onRelease() {
        viewModel.releaseCommand().execute();
    }

    @FXML
    private void onLoadMore() {
        viewModel.loadMoreCommand().execute();
    }
}
