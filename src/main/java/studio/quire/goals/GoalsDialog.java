package studio.quire.goals;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Sets a project's word goal, deadline and the writer's session goal, or clears the goal. The
 * rules come from {@link ProjectGoalsViewModel#problem}; Save stays disabled while one is broken.
 */
public final class GoalsDialog extends Dialog<GoalsDialog.Choice> {
    /** What the writer decided: save the entries, or clear the goal. */
    public record Choice(boolean clear, String words, LocalDate deadline, String session) {
    }

    private final TextField words = new TextField();
    private final DatePicker deadline = new DatePicker();
    private final TextField session = new TextField();

    public GoalsDialog(ProjectGoalsViewModel viewModel, UUID projectId, String projectTitle) {
        setTitle("Goals");
        setHeaderText("Goals for “" + projectTitle + "”");
        getDialogPane().getStylesheets().add(GoalsDialog.class.getResource("goals.css").toExternalForm());
        getDialogPane().getStyleClass().add("goals-dialog");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        ButtonType clear = new ButtonType("Clear goal", ButtonBar.ButtonData.LEFT);
        ProjectGoal current = viewModel.goalOf(projectId).orElse(null);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        if (current != null) {
            getDialogPane().getButtonTypes().add(clear);
        }
        words.setId("goal-words");
        words.setPromptText("e.g. 80,000");
        words.setPrefColumnCount(10);
        words.setText(current == null ? "" : ProgressTexts.words(current.words()));
        deadline.setId("goal-deadline");
        deadline.setPromptText("No deadline");
        deadline.setConverter(studio.quire.ui.DateTexts.dateConverter());
        deadline.setValue(current == null ? null : current.deadline());
        LocalDate today = viewModel.today();
        deadline.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isBefore(today));
            }
        });
        session.setId("session-goal");
        session.setPrefColumnCount(10);
        session.setText(ProgressTexts.words(viewModel.sessionGoal()));

        Label problem = new Label();
        problem.setId("goal-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        StringBinding problemText = Bindings.createStringBinding(() -> viewModel.problem(projectId, words.getText(),
                deadline.getValue(), session.getText()).orElse(""), words.textProperty(), deadline.valueProperty(),
                session.textProperty());
        problem.textProperty().bind(problemText);
        Label hint = new Label("Words per day are worked out from the deadline, each day anew.");
        hint.getStyleClass().add("field-hint");

        GridPane form = new GridPane();
        form.getStyleClass().add("dialog-form");
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Word goal"), words);
        form.addRow(1, new Label("Deadline"), deadline);
        form.addRow(2, new Label("Words per session"), session);
        form.add(hint, 0, 3, 2, 1);
        form.add(problem, 0, 4, 2, 1);
        getDialogPane().setContent(form);
        getDialogPane().lookupButton(save).disableProperty().bind(problemText.isNotEmpty());
        setOnShown(e -> words.requestFocus());
        setResultConverter(button -> button == save ? new Choice(false, words.getText(), deadline.getValue(), session.getText())
                : button == clear ? new Choice(true, words.getText(), null, session.getText()) : null);
    }

    /** Shows the dialog and hands the writer's choice to the view model. */
    public static void open(ProjectGoalsViewModel viewModel, UUID projectId, String projectTitle, javafx.stage.Window owner) {
        GoalsDialog dialog = new GoalsDialog(viewModel, projectId, projectTitle);
        dialog.initOwner(owner);
        dialog.showAndWait().ifPresent(choice -> {
            if (choice.clear()) {
                viewModel.clear(projectId, choice.session());
            } else {
                viewModel.save(projectId, choice.words(), choice.deadline(), choice.session());
            }
        });
    }
}
