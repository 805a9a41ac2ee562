package studio.quire.review;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The queue's filters (step, project, overdue only) and the step names to choose from. They work
 * on the loaded items: the queue is short, and a filtered keyset page would need SQL per filter.
 */
final class QueueFilters implements Predicate<QueueRow> {
    /** The step filter's entry that shows every step. */
    static final String ALL_STEPS = "All steps";

    final ObservableList<String> stepNames = FXCollections.observableArrayList(ALL_STEPS);
    final ObservableList<String> readOnlyStepNames = FXCollections.unmodifiableObservableList(stepNames);
    final ObjectProperty<String> step = new SimpleObjectProperty<>(ALL_STEPS);
    final ObjectProperty<UUID> project = new SimpleObjectProperty<>();
    final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);

    QueueFilters(Runnable onChange) {
        step.addListener((obs, o, n) -> onChange.run());
        project.addListener((obs, o, n) -> onChange.run());
        overdueOnly.addListener((obs, o, n) -> onChange.run());
    }

    @Override
    public boolean test(QueueRow row) {
        String s = step.get();
        return (s == null || ALL_STEPS.equals(s) || s.equals(row.stepName()))
                && (project.get() == null || project.get().equals(row.item().projectId()))
                && (!overdueOnly.get() || row.overdue());
    }

    /** The step names among these rows, after "All steps"; the list changes only when they do. */
    void offerStepsOf(List<QueueRow> rows) {
        List<String> steps = new ArrayList<>(List.of(ALL_STEPS));
        rows.stream().map(QueueRow::stepName).distinct().sorted().forEach(steps::add);
        if (!stepNames.equals(steps)) {
            stepNames.setAll(steps);
        }
    }
}
