package studio.quire.review;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.CoalescedLoads;
import studio.quire.ui.Command;
import studio.quire.ui.ErrorText;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
    private final TaskExecutor executor;
    private final Clock clock;
    private final int pageSize;

    private final List<QueueRow> loaded = new ArrayList<>();
    private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
    private final ObservableList<QueueRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final QueueFilters filters = new QueueFilters(this::filtersChanged);
    private final ObservableList<String> readOnlySteps = FXCollections.unmodifiableObservableList(filters.stepNames);
    private final ObservableList<QueueFacets.Choice> readOnlyProjects =
            FXCollections.unmodifiableObservableList(filters.projects);
    private final ObservableList<QueueFacets.Choice> readOnlySubmitters =
            FXCollections.unmodifiableObservableList(filters.submitters);
    private final ObjectProperty<QueueRow> selected = new SimpleObjectProperty<>();
    private final CoalescedLoads loads = new CoalescedLoads();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper("");
    private UUID me;
    /** A reload was asked for while a load ran. */

    private final Command refresh;
    private final Command loadMore;
    private final Command claim;
    private final Command release;
    private final Command open;
    private Consumer<UUID> onOpen = id -> { };

    /**
     * @param repository the queue as the signed-in person sees it
     * @param clock      "now" for the due times in words
     */
    public ReviewQueueViewModel(ReviewRepository repository, TaskExecutor executor, Clock clock) {
        this(repository, executor, clock, PAGE_SIZE);
    }

    ReviewQueueViewModel(ReviewRepository repository, TaskExecutor executor, Clock clock, int pageSize) {
        this.repository = Objects.requireNonNull(repository);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        this.pageSize = pageSize;
        refresh = Command.of(this::refresh);
        loadMore = Command.of(this::loadMore, hasMore.and(loads.loadingProperty().not()));
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
        loaded.clear();
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
        if (loads.deferIfRunning()) {
            return;
        }
        int limit = Math.max(pageSize, loaded.size());
        load(QueueCursor.START, limit, true);
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

    private void loadMore() {
        if (loaded.isEmpty()) {
            changed();
            return;
        }
        load(loaded.get(loaded.size() - 1).item().cursor(), pageSize, false);
    }

    /** One page and one item more, to know whether more pages exist; the count and names come along. */
    private void load(QueueCursor after, int limit, boolean replace) {
        loads.started();
        QueueFilter filter = filters.filter(clock.instant());
        executor.execute(BackgroundTask.of(progress -> fetch(after, limit, filter, replace))
                .titled("Loading the review queue")
                .onSuccess(page -> apply(page, limit, replace))
                .onFailure(this::report)
                .onFinished(() -> loads.finished(this::changed)));
    }

    private Page fetch(QueueCursor after, int limit, QueueFilter filter, boolean withFacets) {
        UUID person = me != null ? me : repository.currentPersonId();
        List<QueueItem> items = repository.queuePage(after, limit + 1, filter);
        Map<UUID, String> names = repository.displayNames(
                items.stream().map(QueueItem::submittedBy).filter(Objects::nonNull).collect(Collectors.toSet()));
        return new Page(person, items, names, repository.queueCount(COUNT_CAP),
                withFacets ? repository.queueFacets() : null);
    }

    private void apply(Page page, int limit, boolean replace) {
        me = page.me();
        List<QueueItem> items = page.items().size() > limit ? page.items().subList(0, limit) : page.items();
        hasMore.set(page.items().size() > limit);
        List<QueueRow> fresh = items.stream()
                .map(i -> QueueRow.of(i, page.names().get(i.submittedBy()), me, clock.instant())).toList();
        if (replace) {
            loaded.clear();
        }
        loaded.addAll(fresh);
        count.set(page.count());
        badge.set(page.count() == 0 ? "" : page.count() >= COUNT_CAP ? (COUNT_CAP - 1) + "+" : String.valueOf(page.count()));
        if (page.facets() != null) {
            filters.offer(page.facets());
        }
        applyFilters();
    }

    private void applyFilters() {
        UUID keep = selected.get() == null ? null : selected.get().item().requestId();
        rows.setAll(loaded);
        selected.set(rows.stream().filter(r -> r.item().requestId().equals(keep)).findFirst().orElse(null));
        emptyText.set(!rows.isEmpty() ? "" : filters.active() ? NONE_MATCH : EMPTY);
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
        busy.set(true);
        message.set("");
        UUID request = row.item().requestId();
        executor.execute(BackgroundTask.ofRunnable(() -> action.accept(request))
                .titled(title)
                .onSuccess(done -> changed())
                .onFailure(error -> {
                    // a refusal usually means the queue moved on (someone took or decided it): show how
                    report(error);
                    changed();
                })
                .onFinished(() -> busy.set(false)));
    }

    private void report(Throwable error) {
        if (error instanceof RefusedByDatabaseException) {
            LOG.info("The review queue was refused: {}", ErrorText.oneLine(error));
            message.set(ErrorText.oneLine(error));
        } else {
            LOG.error("The review queue failed", error);
            message.set("That did not work: " + ErrorText.oneLine(error));
        }
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
        return loads.loadingProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether another page exists after the loaded items. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
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

    /** @param facets null when the load kept the filters' choices (a next page) */
    private record Page(UUID me, List<QueueItem> items, Map<UUID, String> names, int count, QueueFacets facets) {
    }
}
