package studio.quire.goals;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.ui.Actions;
import studio.quire.ui.Failures;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Goals on the Projects page: each goal's progress line (loaded for the whole organization in
 * one query that reads word counts, never section bodies), and setting or clearing a project's
 * goal together with the writer's session goal, saved in the background.
 */
public final class ProjectGoalsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectGoalsViewModel.class);

    private final GoalsRepository repository;
    private final SessionGoalSetting sessionGoal;
    private final UUID orgId;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper canAuthor;
    private final ObservableMap<UUID, ProjectLine> lines = FXCollections.observableHashMap();
    private final Map<UUID, ProjectGoal> goals = new HashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Failures failures = Failures.of(LOG, "A goal operation", message::set,
            RefusedByDatabaseException.class);
    private final Actions actions;
    private Consumer<UUID> onGoalChanged = id -> { };
    private TaskExecutor.TaskHandle inFlight;

    /** @param canAuthor whether the signed-in role may set goals (the database enforces it anyway) */
    public ProjectGoalsViewModel(GoalsRepository repository, SessionGoalSetting sessionGoal, UUID orgId, boolean canAuthor,
                                 TaskExecutor executor, Clock clock) {
        this.repository = repository;
        this.sessionGoal = sessionGoal;
        this.orgId = orgId;
        this.actions = new Actions(executor, failures::report);
        this.clock = clock;
        this.canAuthor = new ReadOnlyBooleanWrapper(canAuthor);
    }

    /** What else follows a goal change (the lead passes the status bar's refresh). */
    public void setOnGoalChanged(Consumer<UUID> listener) {
        this.onGoalChanged = listener == null ? id -> { } : listener;
    }

    /** Loads the progress lines of every project with a goal, in the background. */
    public void load() {
        if (inFlight != null) {
            inFlight.cancel();
        }
        LocalDate today = today();
        inFlight = actions.background("Loading goals", () -> repository.progressOf(orgId,
                        today.atStartOfDay(clock.getZone()).toInstant()))
                .onSuccess(days -> apply(days, today))
                .start();
    }

    private void apply(Map<UUID, DayProgress> days, LocalDate today) {
        goals.clear();
        Map<UUID, ProjectLine> next = new HashMap<>();
        days.forEach((id, day) -> {
            goals.put(id, day.goal());
            GoalPlan plan = day.plan(today, 0).orElseThrow();
            next.put(id, new ProjectLine(ProgressTexts.projectLine(plan), plan.fractionOfGoal(), plan.state()));
        });
        lines.keySet().retainAll(next.keySet());
        lines.putAll(next);
    }

    /** The goal of a project as last loaded. */
    public Optional<ProjectGoal> goalOf(UUID projectId) {
        return Optional.ofNullable(goals.get(projectId));
    }

    public int sessionGoal() {
        return sessionGoal.get();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What is wrong with the dialog's entries for this project; empty when they can be saved. */
    public Optional<String> problem(UUID projectId, String words, LocalDate deadline, String session) {
        LocalDate current = goalOf(projectId).map(ProjectGoal::deadline).orElse(null);
        return GoalInput.problem(words, deadline, session, today(), current);
    }

    public void save(UUID projectId, String words, LocalDate deadline, String session) {
        if (!canAuthor.get() || problem(projectId, words, deadline, session).isPresent()) {
            return;
        }
        GoalInput.Draft draft = GoalInput.draft(words, deadline, session);
        actions.background("Saving the goal", () -> {
                    sessionGoal.set(draft.sessionWords());
                    return repository.setGoal(projectId, draft.words(), draft.deadline());
                })
                .onSuccess(goal -> changed(projectId, "Goal set: " + ProgressTexts.words(goal.words()) + " words"
                        + (goal.deadline() == null ? "." : " by " + ProgressTexts.day(goal.deadline()) + ".")))
                .start();
    }

    /** Clears the project's goal; a valid session goal typed in the dialog is kept as well. */
    public void clear(UUID projectId, String session) {
        if (!canAuthor.get()) {
            return;
        }
        Integer perSession = GoalInput.sessionProblem(session).isEmpty() ? GoalInput.number(session).getAsInt() : null;
        actions.background("Clearing the goal", () -> {
                    if (perSession != null) {
                        sessionGoal.set(perSession);
                    }
                    repository.clearGoal(projectId);
                    return projectId;
                })
                .onSuccess(done -> changed(projectId, "Goal cleared."))
                .start();
    }

    private void changed(UUID projectId, String text) {
        message.set(text);
        load();
        onGoalChanged.accept(projectId);
    }

    /** Progress lines by project id; projects without a goal have none. */
    public ObservableMap<UUID, ProjectLine> lines() {
        return lines;
    }

    public ReadOnlyBooleanProperty canAuthorProperty() {
        return canAuthor.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
