package studio.quire.review.queue;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The queue's filters (step, project, submitter, age, overdue only) and what they can choose from:
 * the steps, projects and submitters among everything that waits (the database's facets). A change
 * of filter reloads the queue from its start, filtered in the database.
 */
final class QueueFilters {
    /** The step filter's entry that shows every step. */
    static final String ALL_STEPS = "All steps";
    static final QueueFacets.Choice ALL_PROJECTS = new QueueFacets.Choice(null, "All projects");
    static final QueueFacets.Choice ANYONE = new QueueFacets.Choice(null, "Submitted by anyone");

    final ObservableList<String> stepNames = FXCollections.observableArrayList(ALL_STEPS);
    final ObservableList<QueueFacets.Choice> projects = FXCollections.observableArrayList(ALL_PROJECTS);
    final ObservableList<QueueFacets.Choice> submitters = FXCollections.observableArrayList(ANYONE);
    final ObjectProperty<String> step = new SimpleObjectProperty<>(ALL_STEPS);
    final ObjectProperty<UUID> project = new SimpleObjectProperty<>();
    final ObjectProperty<UUID> submitter = new SimpleObjectProperty<>();
    final ObjectProperty<QueueAge> age = new SimpleObjectProperty<>(QueueAge.ANY);
    final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);

    /** Choices are being replaced: a choice box clearing its value meanwhile is no change of filter. */
    private boolean offering;

    QueueFilters(Runnable onChange) {
        Runnable changed = () -> {
            if (!offering) {
                onChange.run();
            }
        };
        step.addListener((obs, o, n) -> changed.run());
        project.addListener((obs, o, n) -> changed.run());
        submitter.addListener((obs, o, n) -> changed.run());
        age.addListener((obs, o, n) -> changed.run());
        overdueOnly.addListener((obs, o, n) -> changed.run());
    }

    /** Whether any filter narrows the queue. */
    boolean active() {
        return (step.get() != null && !ALL_STEPS.equals(step.get())) || project.get() != null || submitter.get() != null
                || (age.get() != null && age.get() != QueueAge.ANY) || overdueOnly.get();
    }

    /** The filters as the database applies them, ages counted back from {@code now}. */
    QueueFilter filter(Instant now) {
        String s = step.get();
        QueueAge a = age.get() == null ? QueueAge.ANY : age.get();
        return new QueueFilter(s == null || ALL_STEPS.equals(s) ? null : s, project.get(), submitter.get(),
                a.before(now), overdueOnly.get());
    }

    /** Offers what waits to choose from; a list changes only when its choices do. */
    void offer(QueueFacets facets) {
        String keepStep = step.get();
        UUID keepProject = project.get();
        UUID keepSubmitter = submitter.get();
        offering = true;
        try {
            offerChoices(facets);
            step.set(keepStep == null ? ALL_STEPS : keepStep);
            project.set(keepProject);
            submitter.set(keepSubmitter);
        } finally {
            offering = false;
        }
    }

    private void offerChoices(QueueFacets facets) {
        List<String> steps = new ArrayList<>(List.of(ALL_STEPS));
        steps.addAll(facets.steps());
        replace(stepNames, steps);
        List<QueueFacets.Choice> inProjects = new ArrayList<>(List.of(ALL_PROJECTS));
        inProjects.addAll(facets.projects());
        replace(projects, inProjects);
        List<QueueFacets.Choice> by = new ArrayList<>(List.of(ANYONE));
        by.addAll(facets.submitters());
        replace(submitters, by);
    }

    private static <T> void replace(ObservableList<T> list, List<T> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }
}
