package studio.quire.goals;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;

/**
 * A table cell showing a project's goal line ("42,100 / 80,000 words · 1,250 a day until 1 Mar")
 * over a thin progress bar; a dash for a project without a goal.
 *
 * @param <S> the table's row type
 */
public final class GoalProgressCell<S> extends TableCell<S, ProjectLine> {
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");

    private final Label line = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final VBox box = new VBox(line, bar);

    public GoalProgressCell() {
        box.getStylesheets().add(GoalProgressCell.class.getResource("goals.css").toExternalForm());
        box.getStyleClass().add("goal-progress");
        line.getStyleClass().add("goal-line");
        bar.getStyleClass().add("goal-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
    }

    @Override
    protected void updateItem(ProjectLine item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (item == null) {
            setText("—");
            setGraphic(null);
        } else {
            setText(null);
            line.setText(item.text());
            bar.setProgress(item.fraction());
            box.pseudoClassStateChanged(DONE, item.state() == GoalState.DONE);
            box.pseudoClassStateChanged(LATE, item.state() == GoalState.PAST_DEADLINE);
            setGraphic(box);
        }
    }
}
