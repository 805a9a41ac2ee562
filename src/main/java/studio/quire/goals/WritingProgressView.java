package studio.quire.goals;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import studio.quire.ui.Fxml;

/**
 * A compact status bar item: "Today 312 / 1,250 · Session 120 / 500" with thin bars and a tooltip
 * holding the goal, deadline and words per day. Binds to {@link WritingProgressViewModel}.
 */
public final class WritingProgressView extends HBox {
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");

    @FXML private HBox goalPart;
    @FXML private Label goalLabel;
    @FXML private ProgressBar goalBar;
    @FXML private HBox sessionPart;
    @FXML private Label sessionLabel;
    @FXML private ProgressBar sessionBar;

    public WritingProgressView(WritingProgressViewModel viewModel) {
        Fxml.loadInto(this);
        getStylesheets().add(WritingProgressView.class.getResource("goals.css").toExternalForm());
        setId("writing-progress");
        goalLabel.setId("goal-progress-text");
        sessionLabel.setId("session-progress-text");
        goalPart.visibleProperty().bind(viewModel.goalVisibleProperty());
        goalPart.managedProperty().bind(goalPart.visibleProperty());
        goalLabel.textProperty().bind(viewModel.goalTextProperty());
        goalBar.progressProperty().bind(viewModel.goalFractionProperty());
        sessionPart.visibleProperty().bind(viewModel.sessionVisibleProperty());
        sessionPart.managedProperty().bind(sessionPart.visibleProperty());
        sessionLabel.textProperty().bind(viewModel.sessionTextProperty());
        sessionBar.progressProperty().bind(viewModel.sessionFractionProperty());
        visibleProperty().bind(goalPart.visibleProperty().or(sessionPart.visibleProperty()));
        managedProperty().bind(visibleProperty());
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(viewModel.detailsProperty());
        // The goal part is hidden without a goal, and its tooltip with it.
        Tooltip.install(goalPart, tooltip);
        viewModel.goalStateProperty().addListener((obs, old, state) -> {
            pseudoClassStateChanged(DONE, state == GoalState.DONE);
            pseudoClassStateChanged(LATE, state == GoalState.PAST_DEADLINE);
        });
    }
}
