package studio.quire.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * A list read from the database a keyset page at a time, never by OFFSET: the first page, then
 * "Load more" reads the page after the last row's key. A {@link #reload()} (a database
 * notification, a refresh) reads the whole loaded range again from the start, so the person
 * keeps their place, and keeps the selected row selected. Loads run one at a time in the
 * background ({@link CoalescedLoads}): a reload asked for while one runs runs once when it ends,
 * so a burst of notifications costs at most two loads. Each load asks for one row more than it
 * shows, to know whether more exist. Failures go to the {@link Actions}' report.
 * Used on the UI thread only.
 *
 * @param <T> a row of the list
 * @param <K> a row's key, after which the next page starts
 */
public final class KeysetPages<T, K> {
    /**
     * What one load read in the background: the rows, and what else it read applied on the UI
     * thread once they are shown (a count, filter choices, an empty text).
     */
    public record Batch<T>(List<T> rows, Runnable then) {
        public Batch {
            rows = List.copyOf(rows);
            Objects.requireNonNull(then);
        }

        public static <T> Batch<T> of(List<T> rows) {
            return new Batch<>(rows, () -> { });
        }
    }

    /** How the list is read. */
    @FunctionalInterface
    public interface Read<T, K> {
        /**
         * Prepares one load on the UI thread (where filters can be read) and returns the work that
         * reads, in the background, up to {@code limit} rows after {@code after} in list order.
         *
         * @param fromStart true when the load reads from the start key (a reload), false for a next page
         */
        Callable<Batch<T>> rowsAfter(K after, int limit, boolean fromStart);
    }

    private final Actions actions;
    private final String title;
    private final int pageSize;
    private final K start;
    private final Function<T, K> keyOf;
    private final Read<T, K> read;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final CoalescedLoads loads = new CoalescedLoads();
    private Function<T, ?> identity = Function.identity();
    /** The next reload reads one page: the range shown belongs to a list no longer wanted. */
    private boolean fromTop;
    /** Bumped when the list is started over: loads begun before land nowhere. */
    private int generation;

    /**
     * @param title    what the load is called while it runs ("Loading the inbox")
     * @param pageSize rows per page
     * @param start    the key before the first row
     * @param keyOf    a row's key
     */
    public KeysetPages(Actions actions, String title, int pageSize, K start, Function<T, K> keyOf, Read<T, K> read) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("A page holds at least one row: " + pageSize);
        }
        this.actions = Objects.requireNonNull(actions);
        this.title = Objects.requireNonNull(title);
        this.pageSize = pageSize;
        this.start = start;
        this.keyOf = Objects.requireNonNull(keyOf);
        this.read = Objects.requireNonNull(read);
    }

    /**
     * What makes a row the same row after a reload (rows are rebuilt each load): the selection
     * follows it. Rows are compared whole unless this is set.
     */
    public KeysetPages<T, K> sameRowWhen(Function<T, ?> id) {
        this.identity = Objects.requireNonNull(id);
        return this;
    }

    /** Reads the loaded range again from the start (at least one page); deferred while a load runs. */
    public void reload() {
        if (loads.deferIfRunning()) {
            return;
        }
        load(start, fromTop ? pageSize : Math.max(pageSize, rows.size()), true);
    }

    /** Appends the next page, if there may be one (the first page if nothing is loaded). */
    public void loadMore() {
        if (rows.isEmpty() || fromTop) {
            reload();
        } else if (!loads.loadingProperty().get() && hasMore.get()) {
            load(keyOf.apply(rows.get(rows.size() - 1)), pageSize, false);
        }
    }

    /**
     * Another list is wanted (a filter changed): a load still running lands nowhere, and the next
     * reload reads the first page only. The rows shown stay until it lands.
     */
    public void restart() {
        generation++;
        fromTop = true;
    }

    /** Like {@link #restart()}, and shows nothing meanwhile. */
    public void clear() {
        restart();
        rows.clear();
        hasMore.set(false);
    }

    private void load(K after, int limit, boolean fromStart) {
        loads.started();
        int startedIn = generation;
        Callable<Batch<T>> work = read.rowsAfter(after, limit + 1, fromStart);
        actions.background(title, work)
                .onSuccess(batch -> {
                    if (startedIn == generation) {
                        show(batch, limit, fromStart);
                    }
                })
                .onFinished(() -> loads.finished(this::reload))
                .start();
    }

    private void show(Batch<T> batch, int limit, boolean fromStart) {
        List<T> found = batch.rows();
        List<T> page = found.size() > limit ? found.subList(0, limit) : found;
        keepingSelection(() -> {
            hasMore.set(found.size() > limit);
            if (fromStart) {
                rows.setAll(page);
                fromTop = false;
            } else {
                rows.addAll(page);
            }
        });
        batch.then().run();
    }

    /**
     * Runs a change of the rows (a reload, a row replaced in place) so that the row selected
     * before stays selected when it is still there, and nothing is selected when it is gone.
     */
    public void keepingSelection(Runnable change) {
        Object keep = selected.get() == null ? null : identity.apply(selected.get());
        change.run();
        selected.set(keep == null ? null : rows.stream().filter(r -> keep.equals(identity.apply(r))).findFirst().orElse(null));
    }

    /**
     * The loaded rows in list order. The view model may change rows in place (a row marked read),
     * preferably through {@link #keepingSelection}; a view gets an unmodifiable view of it.
     */
    public ObservableList<T> rows() {
        return rows;
    }

    /** The row the person is on (the view keeps it in step with the list's selection). */
    public ObjectProperty<T> selectedProperty() {
        return selected;
    }

    /** Whether another page may exist after the loaded rows. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loads.loadingProperty();
    }
}
