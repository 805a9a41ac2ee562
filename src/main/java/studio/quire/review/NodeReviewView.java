package studio.quire.review;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import studio.quire.ui.Command;

/** The inspector's Review tab, bound to {@link NodeReviewViewModel}. */
public final class NodeReviewView extends VBox {
    public NodeReviewView(NodeReviewViewModel viewModel) {
        getStyleClass().add("node-review");
        getStylesheets().add(NodeReviewView.class.getResource("/studio/quire/review/review.css").toExternalForm());
        Label status = new Label();
        status.setId("reviewStatus");
        status.setWrapText(true);
        status.getStyleClass().add("review-status");
        status.textProperty().bind(viewModel.statusProperty());
        Label comment = new Label();
        comment.setId("reviewComment");
        comment.setWrapText(true);
        comment.getStyleClass().add("review-comment");
        comment.textProperty().bind(viewModel.commentProperty());
        comment.visibleProperty().bind(viewModel.commentProperty().isNotEmpty());
        comment.managedProperty().bind(comment.visibleProperty());
        ChoiceBox<WorkflowChoice> workflow = new ChoiceBox<>(viewModel.workflows());
        workflow.setId("workflowChoice");
        studio.quire.ui.Choices.fitWidest(workflow);
        workflow.valueProperty().bindBidirectional(viewModel.workflowProperty());
        workflow.setTooltip(new Tooltip("The workflow the review follows"));
        workflow.visibleProperty().bind(Bindings.size(viewModel.workflows()).greaterThan(1)
                .and(viewModel.submitCommand().executableProperty()));
        workflow.managedProperty().bind(workflow.visibleProperty());
        Button submit = button("Submit for review", "submitForReviewButton", viewModel.submitCommand(),
                "Ask for review of this text as it is now: every section in it is pinned to its current text");
        Button resubmit = button("Submit again", "resubmitButton", viewModel.resubmitCommand(),
                "After revising: only the sections that changed are reviewed again");
        Button open = button("Open review", "openReviewButton", viewModel.openCommand(),
                "The review screen: every step, the editors' comments on the words, the changes reviewed");
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("small-progress");
        busy.visibleProperty().bind(viewModel.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label message = new Label();
        message.setId("reviewMessage");
        message.setWrapText(true);
        message.getStyleClass().add("page-message");
        message.textProperty().bind(viewModel.messageProperty());
        FlowPane actions = new FlowPane(6, 6, workflow, submit, resubmit, open, busy);
        Label historyHeading = new Label("Reviews of this text");
        historyHeading.getStyleClass().add("review-history-heading");
        ListView<PastReview> history = new ListView<>(viewModel.reviews());
        history.setId("pastReviews");
        history.getStyleClass().add("past-reviews");
        history.setPrefHeight(160);
        history.setCellFactory(list -> new ListCell<>() {
            {
                // As wide as the list, never wider: a long line wraps instead of scrolling sideways.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(PastReview review, boolean empty) {
                super.updateItem(review, empty);
                setText(empty || review == null ? null : review.describe());
            }
        });
        history.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                viewModel.openReview(history.getSelectionModel().getSelectedItem());
            }
        });
        history.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.openReview(history.getSelectionModel().getSelectedItem());
            }
        });
        history.setTooltip(new Tooltip("Every review of this text, newest first: Enter or double-click opens one"));
        history.visibleProperty().bind(Bindings.isNotEmpty(viewModel.reviews()));
        history.managedProperty().bind(history.visibleProperty());
        historyHeading.visibleProperty().bind(history.visibleProperty());
        historyHeading.managedProperty().bind(history.visibleProperty());
        getChildren().addAll(status, comment, actions, message, historyHeading, history);
    }

    private static Button button(String text, String id, Command command, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(e -> command.execute());
        return button;
    }
}
