package studio.quire.review.inbox;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.ui.Actions;
import studio.quire.ui.Command;
import studio.quire.ui.DateTexts;
import studio.quire.ui.Failures;
import studio.quire.ui.KeysetPages;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The signed-in person's inbox: their notifications newest first, a keyset page at a time ("Load
 * more"), all or unread only, with the unread count for a navigation badge. Opening a notification
 * shows it read at once and marks it in the background; when the database refuses, the row is
 * unread again and the message says why. Loads run one at a time; a reload asked for while one
 * runs ({@link #changed()} from a database notification, a refresh) runs once when it ends, so a
 * burst of notifications costs at most two loads. Nothing loads until the first {@link #refresh()}.
 */
public final class InboxViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(InboxViewModel.class);
    static final int PAGE_SIZE = 50;
    /** The badge counts no further: "99+". */
    static final int COUNT_CAP = 100;
    static final String EMPTY = "Nothing new. Assignments, decisions on your submissions, mentions and escalations appear here.";
    static final String NO_UNREAD = "No unread notifications.";

    private final NotificationRepository repository;
    private final Clock clock;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Failures failures = Failures.of(LOG, "The inbox", message::set, RefusedByDatabaseException.class);
    private final Actions actions;
    private final KeysetPages<InboxRow, NotificationCursor> pages;
    private final ObservableList<InboxRow> items;
    private final ObservableList<InboxRow> readOnlyItems;
    private final BooleanProperty unreadOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper unreadCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper("");
    /** Marked read here, not yet confirmed: a page loaded meanwhile still shows them read. */
    private final Set<UUID> pendingReads = new HashSet<>();
    private Consumer<UUID> onOpen = request -> { };

    private final Command loadMore;
    private final Command markAllRead;

    /**
     * @param repository the notifications of the signed-in person
     * @param clock      "now" for the times in words ("5 min ago")
     */
    public InboxViewModel(NotificationRepository repository, TaskExecutor executor, Clock clock) {
        this(repository, executor, clock, PAGE_SIZE);
    }

    InboxViewModel(NotificationRepository repository, TaskExecutor executor, Clock clock, int pageSize) {
        this.repository = Objects.requireNonNull(repository);
        this.clock = Objects.requireNonNull(clock);
        this.actions = new Actions(executor, failures::report);
        this.pages = new KeysetPages<>(actions, "Loading the inbox", pageSize, NotificationCursor.START,
                (InboxRow row) -> row.notification().cursor(), this::read).sameRowWhen(InboxRow::id);
        this.items = pages.rows();
        this.readOnlyItems = FXCollections.unmodifiableObservableList(items);
        loadMore = Command.of(this::loadMore, pages.hasMoreProperty().and(pages.loadingProperty().not()));
        markAllRead = Command.of(this::markAllRead, unreadCount.greaterThan(0).and(actions.busyProperty().not()));
        unreadCount.addListener((obs, old, count) -> badge.set(badgeText(count.intValue())));
        unreadOnly.addListener((obs, old, only) -> {
            // another list: start again from its first page (a page of the other one still loading is dropped)
            pages.clear();
            emptyText.set("");
            changed();
        });
    }

    private static String badgeText(int count) {
        return count <= 0 ? "" : count >= COUNT_CAP ? (COUNT_CAP - 1) + "+" : String.valueOf(count);
    }

    /** Reloads what is shown (at least the first page) and clears the last message. */
    public void refresh() {
        message.set("");
        changed();
    }

    /**
     * Something changed in the database (a NOTIFY on the organization's review channel): reloads
     * the loaded range in the background. Call it on the FX thread, as often as notifications come.
     */
    public void changed() {
        pages.reload();
    }

    /** Appends the next page, if there may be one. */
    public void loadMore() {
        pages.loadMore();
    }

    /** One load, prepared on the FX thread (where the filter is); the unread count comes along. */
    private Callable<KeysetPages.Batch<InboxRow>> read(NotificationCursor after, int limit, boolean fromStart) {
        boolean unread = unreadOnly.get();
        return () -> {
            List<Notification> found = repository.page(after, limit, unread);
            int count = repository.unreadCount(COUNT_CAP);
            DateTexts times = new DateTexts(Clock.fixed(clock.instant(), clock.getZone()));
            return new KeysetPages.Batch<>(found.stream().map(n -> InboxRow.of(n, times)).toList(), () -> shown(count));
        };
    }

    private void shown(int count) {
        // marked read here meanwhile: the page may have read them before the marks reached the database
        markShown(pendingReads, true);
        unreadCount.set(count);
        emptyText.set(!items.isEmpty() || pages.hasMoreProperty().get() ? "" : unreadOnly.get() ? NO_UNREAD : EMPTY);
    }

    /**
     * Opens a notification: shows it read at once, marks it read in the database, and hands its
     * request to {@link #setOnOpen} (if it has one).
     */
    public void open(InboxRow row) {
        if (row == null) {
            return;
        }
        UUID id = row.id();
        if (!row.read() && pendingReads.add(id)) {
            message.set("");
            markShown(Set.of(id), true);
            unreadCount.set(Math.max(0, unreadCount.get() - 1));
            actions.background("Marking a notification read", () -> {
                        repository.markRead(id);
                        return id;
                    })
                    .onSuccess(done -> {
                        pendingReads.remove(id);
                        changed(); // a load that ran meanwhile may have counted it unread
                    })
                    .onFailure(error -> {
                        pendingReads.remove(id);
                        markShown(Set.of(id), false);
                        unreadCount.set(unreadCount.get() + 1);
                    })
                    .start();
        }
        if (row.notification().requestId() != null) {
            onOpen.accept(row.notification().requestId());
        }
    }

    private void markAllRead() {
        Set<UUID> wereUnread = new HashSet<>();
        items.forEach(r -> {
            if (!r.read()) {
                wereUnread.add(r.id());
            }
        });
        int countBefore = unreadCount.get();
        message.set("");
        markShown(wereUnread, true);
        unreadCount.set(0);
        actions.busy("Marking all notifications read", repository::markAllRead)
                .onSuccess(marked -> changed())
                .onFailure(error -> {
                    markShown(wereUnread, false);
                    unreadCount.set(countBefore);
                })
                .start();
    }

    /** Rows are replaced when they change or reload: the same notification stays selected, so Enter and arrows go on. */
    private void markShown(Set<UUID> ids, boolean read) {
        pages.keepingSelection(() -> items.replaceAll(r -> ids.contains(r.id()) && r.read() != read ? r.withRead(read) : r));
    }

    /** Called with the request of a notification the person opens (on the FX thread). */
    public void setOnOpen(Consumer<UUID> action) {
        onOpen = Objects.requireNonNull(action);
    }

    /** The loaded notifications, newest first. */
    public ObservableList<InboxRow> items() {
        return readOnlyItems;
    }

    /** The row the person is on (the view keeps it in step with the list's selection). */
    public ObjectProperty<InboxRow> selectedProperty() {
        return pages.selectedProperty();
    }

    /** Show unread notifications only (loaded again from the database when it changes). */
    public BooleanProperty unreadOnlyProperty() {
        return unreadOnly;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return pages.loadingProperty();
    }

    /** Whether another page may exist after the loaded notifications. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return pages.hasMoreProperty();
    }

    /** The last error in one line, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the empty list says, or "" when it shows notifications (or is still loading). */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** How many of my notifications are unread (counted to {@value #COUNT_CAP}). */
    public ReadOnlyIntegerProperty unreadCountProperty() {
        return unreadCount.getReadOnlyProperty();
    }

    /** The unread count for a navigation badge: "" for none, "3", "99+". */
    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }

    public Command loadMoreCommand() {
        return loadMore;
    }

    /** Marks every unread notification read; executable while something is unread. */
    public Command markAllReadCommand() {
        return markAllRead;
    }
}
