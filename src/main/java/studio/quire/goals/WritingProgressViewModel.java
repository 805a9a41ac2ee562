package studio.quire.goals;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.editor.WritingSession;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Writing progress for the status bar: today's words against the project's daily share, and the
 * running session against the writer's session goal. The goal part shows only for a project with
 * a goal; the session part only while a section is being written.
 *
 * <p>The words of the session still being written are not recorded yet but may already be
 * autosaved into the section's word count, so they are taken as saved when the project's words
 * are loaded and added on top as they grow; once the session is recorded the numbers are
 * reloaded from the database.
 */
public final class WritingProgressViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WritingProgressViewModel.class);

    private final GoalsRepository repository;
    private final SessionGoalSetting sessionGoal;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ReadOnlyBooleanWrapper goalVisible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper goalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper goalFraction = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<GoalState> goalState = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sessionVisible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper sessionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper sessionFraction = new ReadOnlyDoubleWrapper(0);

    private UUID projectId;
    private LocalDate today;
    private DayProgress loaded;
    /** Net words of the session being written, pasted ones included (they are in the section's count). */
    private int sessionWords;
    private int sessionPasted;
    private int sessionWordsAtLoad;
    private TaskExecutor.TaskHandle inFlight;

    public WritingProgressViewModel(GoalsRepository repository, SessionGoalSetting sessionGoal, TaskExecutor executor,
                                    Clock clock) {
        this.repository = repository;
        this.sessionGoal = sessionGoal;
        this.executor = executor;
        this.clock = clock;
        this.today = LocalDate.now(clock);
    }

    /** The project now being written in, or null for none; loads its progress in the background. */
    public void showProject(UUID id) {
        if (!Objects.equals(id, projectId)) {
            sessionWords = 0;
            sessionPasted = 0;
            sessionVisible.set(false);
        }
        projectId = id;
        loaded = null;
        refresh();
    }

    /** The net words (added minus removed) of the session being written, as the editor counts them; nothing pasted. */
    public void sessionWords(int netWordsThisSession) {
        sessionWords(netWordsThisSession, 0);
    }

    /**
     * The net words of the session being written, and how many words were pasted into it from
     * outside Quire: those are not written, so neither the session goal nor today's words count them.
     */
    public void sessionWords(int netWordsThisSession, int pastedThisSession) {
        sessionWords = netWordsThisSession;
        sessionPasted = Math.max(0, pastedThisSession);
        sessionVisible.set(true);
        render();
    }

    /** Pasted words that are still in the text: a paste taken back with Undo left nothing to leave out. */
    private int livePasted() {
        return Math.min(sessionPasted, Math.max(0, sessionWords));
    }

    /** Stores a finished session in the background, then refreshes. */
    public void recordSession(WritingSession session) {
        executor.execute(BackgroundTask.of(progress -> repository.record(session))
                .titled("Recording a writing session")
                .onSuccess(recorded -> sessionRecorded(session))
                .onFailure(error -> LOG.warn("A writing session could not be recorded", error)));
    }

    /** A session was stored (by whoever stores them): the next one starts from zero. */
    public void sessionRecorded(WritingSession session) {
        sessionWords = 0;
        sessionPasted = 0;
        sessionVisible.set(false);
        if (session.projectId().equals(projectId)) {
            refresh();
        } else {
            render();
        }
    }

    /** Called every minute or so: a new day recalculates the daily share. */
    public void tick() {
        if (!LocalDate.now(clock).equals(today)) {
            newDay();
        }
    }

    /** The date changed: today's words start again from zero against a new daily share. */
    public void newDay() {
        today = LocalDate.now(clock);
        refresh();
    }

    /** Reloads the project's goal and words (e.g. after its goal changed). */
    public void refresh() {
        if (inFlight != null) {
            inFlight.cancel();
        }
        UUID id = projectId;
        if (id == null) {
            loaded = null;
            render();
            return;
        }
        Instant startOfToday = today.atStartOfDay(clock.getZone()).toInstant();
        int liveAtStart = sessionWords;
        inFlight = executor.execute(BackgroundTask.of(progress -> repository.day(id, startOfToday))
                .titled("Loading writing progress")
                .onSuccess(day -> {
                    if (id.equals(projectId)) {
                        loaded = day;
                        sessionWordsAtLoad = liveAtStart;
                        render();
                    }
                })
                .onFailure(error -> {
                    LOG.warn("Writing progress could not be loaded", error);
                    loaded = null;
                    render();
                }));
    }

    private void render() {
        int goal = sessionGoal.get();
        int written = sessionWords - livePasted();
        sessionText.set(ProgressTexts.sessionPart(written, goal));
        sessionFraction.set(Math.max(0.0, Math.min(1.0, (double) written / goal)));
        DayProgress day = loaded == null ? null : new DayProgress(loaded.projectId(), loaded.goal(),
                loaded.wordsNow() - sessionWordsAtLoad, loaded.netToday(), loaded.myWrittenToday(), loaded.pastedToday());
        GoalPlan plan = day == null ? null : day.plan(today, sessionWords, livePasted()).orElse(null);
        goalVisible.set(plan != null);
        goalState.set(plan == null ? null : plan.state());
        goalText.set(plan == null ? "" : ProgressTexts.todayPart(plan));
        goalFraction.set(plan == null ? 0 : plan.perDay() > 0 ? plan.fractionOfToday() : plan.fractionOfGoal());
        details.set(plan == null ? "" : ProgressTexts.details(plan, day.myWrittenToday() + written));
    }

    public ReadOnlyBooleanProperty goalVisibleProperty() {
        return goalVisible.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty goalTextProperty() {
        return goalText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty goalFractionProperty() {
        return goalFraction.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GoalState> goalStateProperty() {
        return goalState.getReadOnlyProperty();
    }

    /** The tooltip: goal, deadline, words per day and today's words. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sessionVisibleProperty() {
        return sessionVisible.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionTextProperty() {
        return sessionText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty sessionFractionProperty() {
        return sessionFraction.getReadOnlyProperty();
    }
}
