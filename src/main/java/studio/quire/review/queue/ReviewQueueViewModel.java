package studio.quire.review.queue;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.ui.Actions;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.Command;
import studio.quire.ui.ErrorText;
import studio.quire.ui.Failures;
import studio.quire.ui.KeysetPages;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import studio.quire.review.ReviewRepository;
/**
 * The review queue of the signed-in person: what waits for them, soonest due first, a keyset page
 * at a time ("Load more"), with filters, a count for a navigation badge, and claim/release of the
 * selected item. Loads run one at a time in the background; a reload asked for while one runs
 * ({@link #changed()} from a database notification, a refresh) is run once when it ends, so a
 * burst of notifications costs at most two loads. Filters are applied in the database: a change
 * of filter reloads from the first page. Nothing loads until the first {@link #refresh()}.
 */
public final class ReviewQueueViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewQueueViewModel.class);
    static final int PAGE_SIZE = 50;
    /** The badge counts no further: "99+". */
    static final int COUNT_CAP = 100;
    /** The step filter's entry that shows every step. */
    public static final String ALL_STEPS = QueueFilters.ALL_STEPS;
    static final String EMPTY = "Nothing waits for you. Items submitted for review show here.";
    static final String NONE_MATCH = "Nothing that waits for you matches the filters.";

    private final ReviewRepository repository;
    private final QueueRepository queue;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Failures failures = Failures.of(LOG, "The review queue", message::set,
            RefusedByDatabaseException.class);
    private final Actions actions;
    private final KeysetPages<QueueRow, QueueCursor> pages;
    private final ObservableList<QueueRow> readOnlyRows;
    private final QueueFilters filters = new QueueFilters(this::filtersChanged);
    private final ObservableList<String> readOnlySteps = FXCollections.unmodifiableObservableList(filters.stepNames);
    private final ObservableList<QueueFacets.Choice> readOnlyProjects =
            FXCollections.unmodifiableObservableList(filters.projects);
    private final ObservableList<QueueFacets.Choice> readOnlySubmitters =
            FXCollections.unmodifiableObservableList(filters.submitters);
    private final ObjectProperty<QueueRow> selected;
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper("");
    private UUID me;

    private final Command refresh;
    private final Command loadMore;
    private final Command claim;
    private final Command release;
    private final Command open;
    private Consumer<UUID> onOpen = id -> { };

    /**
     * @param repository the requests: claiming, escalating, who is who
     * @param queue      the queue as the signed-in person sees it
     * @param clock      "now" for the due times in words
     */
    public ReviewQueueViewModel(ReviewRepository repository, QueueRepository queue, TaskExecutor executor,
                                Clock clock) {
        this(repository, queue, executor, clock, PAGE_SIZE);
    }

    ReviewQueueViewModel(ReviewRepository repository, QueueRepository queue, TaskExecutor executor, Clock clock,
                         int pageSize) {
        this.repository = Objects.requireNonNull(repository);
        this.queue = Objects.requireNonNull(queue);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        this.actions = new Actions(executor, failures::report);
        this.pages = new KeysetPages<>(actions, "Loading the review queue", pageSize, QueueCursor.START,
                (QueueRow row) -> row.item().cursor(), this::read).sameRowWhen(row -> row.item().requestId());
        this.readOnlyRows = FXCollections.unmodifiableObservableList(pages.rows());
        this.selected = pages.selectedProperty();
        refresh = Command.of(this::refresh);
        loadMore = Command.of(pages::loadMore, pages.hasMoreProperty().and(pages.loadingProperty().not()));
        ReadOnlyBooleanProperty busy = actions.busyProperty();
        claim = Command.of(this::claimSelected, busy.not().and(Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().taken() == QueueRow.Taken.NO, selected)));
        release = Command.of(this::releaseSelected, busy.not().and(Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().taken() == QueueRow.Taken.BY_ME, selected)));
        open = Command.of(() -> onOpen.accept(selected.get().item().requestId()), selected.isNotNull());
    }

    /** What opening an item does (its review screen is shown). */
    public void setOnOpen(Consumer<UUID> onOpen) {
        this.onOpen = Objects.requireNonNull(onOpen);
    }

    private void filtersChanged() {
        pages.restart();
        changed();
    }

    /** Reloads what is shown (at least the first page), keeping the items after it unloaded. */
    public void refresh() {
        message.set("");
        changed();
    }

    /**
     * The queue changed in the database (a NOTIFY on {@link ReviewRepository#channel}): reloads the
     * loaded range in the background. Safe to call on the FX thread as often as notifications come.
     */
    public void changed() {
        pages.reload();
    }

    /**
     * Escalates what is overdue in my organizations (the database does it once, whoever asks);
     * the studio asks now and then while the queue is shown. Failures are only logged: the next
     * check, here or in another client, does it.
     */
    public void checkOverdue() {
        executor.execute(BackgroundTask.of(progress -> repository.escalateOverdue())
                .titled("Checking for overdue reviews")
                .onSuccess(escalated -> {
                    if (escalated > 0) {
                        LOG.info("Escalated {} overdue review step(s)", escalated);
                    }
                })
                .onFailure(error -> LOG.warn("Checking for overdue reviews failed: {}", ErrorText.oneLine(error))));
    }

    /**
     * One load, prepared on the FX thread (where the filters are): the page with the count and the
     * submitters' names; a reload from the start brings the filters' choices too.
     */
    private Callable<KeysetPages.Batch<QueueRow>> read(QueueCursor after, int limit, boolean fromStart) {
        QueueFilter filter = filters.filter(clock.instant());
        UUID known = me;
        return () -> {
            UUID person = known != null ? known : repository.currentPersonId();
            List<QueueItem> items = queue.page(after, limit, filter);
            Map<UUID, String> names = repository.displayNames(
                    items.stream().map(QueueItem::submittedBy).filter(Objects::nonNull).collect(Collectors.toSet()));
            int found = queue.count(COUNT_CAP);
            QueueFacets facets = fromStart ? queue.facets() : null;
            List<QueueRow> rows = items.stream()
                    .map(i -> QueueRow.of(i, names.get(i.submittedBy()), person, clock.instant())).toList();
            return new KeysetPages.Batch<>(rows, () -> shown(person, found, facets));
        };
    }

    private void shown(UUID person, int found, QueueFacets facets) {
        me = person;
        count.set(found);
        badge.set(found == 0 ? "" : found >= COUNT_CAP ? (COUNT_CAP - 1) + "+" : String.valueOf(found));
        if (facets != null) {
            filters.offer(facets);
        }
        emptyText.set(!pages.rows().isEmpty() ? "" : filters.active() ? NONE_MATCH : EMPTY);
    }

    private void claimSelected() {
        change(selected.get(), repository::claim, "Taking the step");
    }

    private void releaseSelected() {
        change(selected.get(), repository::release, "Giving the step back");
    }

    private void change(QueueRow row, Consumer<UUID> action, String title) {
        if (row == null) {
            return;
        }
        message.set("");
        UUID request = row.item().requestId();
        // after a refusal too: it usually means the queue moved on (someone took or decided it), so show how
        actions.busy(title, () -> {
            action.accept(request);
            return request;
        }).onFinished(this::changed).start();
    }

    /** The rows that pass the filters, in queue order. */
    public ObservableList<QueueRow> rows() {
        return readOnlyRows;
    }

    /** {@link #ALL_STEPS} then the step names among the loaded items. */
    public ObservableList<String> stepNames() {
        return readOnlySteps;
    }

    public ObjectProperty<String> stepFilterProperty() {
        return filters.step;
    }

    /** Only items of this project (null: every project). */
    public ObjectProperty<UUID> projectFilterProperty() {
        return filters.project;
    }

    /** Only items this person submitted (null: anyone). */
    public ObjectProperty<UUID> submitterFilterProperty() {
        return filters.submitter;
    }

    /** Only items waiting longer than this. */
    public ObjectProperty<QueueAge> ageFilterProperty() {
        return filters.age;
    }

    /** "All projects", then the projects of what waits for me. */
    public ObservableList<QueueFacets.Choice> projectChoices() {
        return readOnlyProjects;
    }

    /** "Submitted by anyone", then who submitted what waits for me. */
    public ObservableList<QueueFacets.Choice> submitterChoices() {
        return readOnlySubmitters;
    }

    public BooleanProperty overdueOnlyProperty() {
        return filters.overdueOnly;
    }

    public ObjectProperty<QueueRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return pages.loadingProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return actions.busyProperty();
    }

    /** Whether another page exists after the loaded items. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return pages.hasMoreProperty();
    }

    /** The last error in one line, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the empty list says, or "" when it shows items. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** How many items wait for me in all (counted to {@value #COUNT_CAP}). */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The count for a navigation badge: "" for none, "7", "99+". */
    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }

    public Command refreshCommand() {
        return refresh;
    }

    public Command loadMoreCommand() {
        return loadMore;
    }

    public Command claimCommand() {
        return claim;
    }

    public Command releaseCommand() {
        return release;
    }

    /** Opens the selected item's review screen. */
    public Command openCommand() {
        return open;
    }
}
