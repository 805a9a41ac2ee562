package studio.quire.review.comment;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.ui.Actions;
import studio.quire.ui.CoalescedLoads;
import studio.quire.ui.Command;
import studio.quire.ui.DateTexts;
import studio.quire.ui.Failures;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The comment threads on one section: of one review request (the review screen, where a reviewer
 * starts threads on selected words), or of every request that covered it (the writer's margin).
 * Loads in the background; {@link #changed()} coalesces the database's announcements into one
 * reload at a time. The database decides who may comment and resolve; its refusals become the message.
 */
public final class CommentThreadsViewModel {
    static final String EMPTY_REQUEST = "No comments yet. Select words and press Ctrl+Alt+M to comment.";
    static final String EMPTY_SECTION = "No comments on this section.";
    static final String ALL_RESOLVED = "Every comment here is resolved.";
    private static final Logger LOG = LoggerFactory.getLogger(CommentThreadsViewModel.class);

    private final CommentRepository repository;
    private final Clock clock;
    private final ObservableList<CommentThread> threads = FXCollections.observableArrayList();
    private final BooleanProperty showResolved = new SimpleBooleanProperty(false);
    private final FilteredList<CommentThread> shown = new FilteredList<>(threads, thread -> !thread.resolved());
    private final ReadOnlyObjectWrapper<Anchor> pending = new ReadOnlyObjectWrapper<>();
    private final StringProperty draft = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Failures failures = Failures.plain(LOG, "A comment action", message::set,
            RefusedByDatabaseException.class);
    private final Actions actions;
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canComment = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<CommentThread> selectedThread = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final Command post;
    private final CoalescedLoads loads = new CoalescedLoads();
    private Consumer<CommentThread> onLocate = thread -> { };
    private UUID requestId;
    private UUID sectionId;
    private boolean loaded;
    private int generation;
    private UUID selectAfterLoad;

    public CommentThreadsViewModel(CommentRepository repository, TaskExecutor executor, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.actions = new Actions(executor, failures::report);
        this.clock = Objects.requireNonNull(clock);
        showResolved.addListener((obs, was, all) -> {
            shown.setPredicate(all ? thread -> true : thread -> !thread.resolved());
            updateEmptyText();
        });
        post = Command.of(this::postDraft, pending.isNotNull().and(actions.busyProperty().not())
                .and(Bindings.createBooleanBinding(() -> !CommentText.clean(draft.get()).isEmpty(), draft)));
    }

    /** The review screen: the threads on one section of one request; the reviewer may start threads. */
    public void showRequestSection(UUID requestId, UUID sectionId) {
        show(requestId, sectionId, requestId != null && sectionId != null);
    }

    /** The writer's margin: the threads on a section in every request that covered it (null: none). */
    public void showSection(UUID sectionId) {
        show(null, sectionId, false);
    }

    private void show(UUID request, UUID section, boolean commenting) {
        requestId = request;
        sectionId = section;
        canComment.set(commenting);
        pending.set(null);
        draft.set("");
        message.set("");
        selectedThread.set(null);
        threads.clear();
        loaded = false;
        emptyText.set("");
        generation++;
        loads.reset();
        reload();
    }

    /** Reads the threads again. */
    public void reload() {
        if (sectionId == null) {
            threads.clear();
            emptyText.set("");
            return;
        }
        UUID request = requestId;
        UUID section = sectionId;
        int loadingNow = ++generation;
        loads.started();
        actions.background("Reading comments", () -> request != null ? repository.threads(request, section)
                        : repository.threadsForSection(section))
                .onSuccess(found -> {
                    if (loadingNow == generation) {
                        apply(found);
                    }
                })
                .onFinished(() -> {
                    if (loadingNow == generation) {
                        loads.finished(this::reload);
                    }
                })
                .start();
    }

    /** The database announced a review change (on the FX thread): one reload, however many announcements come. */
    public void changed() {
        if (!loads.deferIfRunning()) {
            reload();
        }
    }

    private void apply(List<CommentThread> found) {
        UUID selected = selectAfterLoad != null ? selectAfterLoad
                : selectedThread.get() == null ? null : selectedThread.get().id();
        selectAfterLoad = null;
        if (!threads.equals(found)) {
            // Most announcements are about other sections: an unchanged list keeps the cards (and replies being typed).
            threads.setAll(found);
        }
        selectedThread.set(found.stream().filter(t -> t.id().equals(selected)).findFirst().orElse(null));
        loaded = true;
        updateEmptyText();
    }

    private void updateEmptyText() {
        if (!loaded || !shown.isEmpty()) {
            emptyText.set("");
        } else {
            emptyText.set(!threads.isEmpty() ? ALL_RESOLVED : requestId != null ? EMPTY_REQUEST : EMPTY_SECTION);
        }
    }

    /** Words were selected to comment on: the new-comment box opens for them. */
    public void startComment(Anchor anchor) {
        if (!canComment.get()) {
            return;
        }
        if (anchor == null || anchor.end() <= anchor.start() || anchor.quote().isBlank()) {
            message.set("Select the words to comment on first.");
            return;
        }
        message.set("");
        pending.set(anchor);
    }

    /** The new comment is given up (Esc). */
    public void cancelComment() {
        pending.set(null);
        draft.set("");
    }

    private void postDraft() {
        Anchor anchor = pending.get();
        String words = checked(draft.get());
        if (anchor == null || words == null) {
            return;
        }
        UUID request = requestId;
        UUID section = sectionId;
        act(() -> repository.start(request, section, anchor.start(), anchor.end(), anchor.quote(), words), id -> {
            pending.set(null);
            draft.set("");
            selectAfterLoad = id;
        });
    }

    /** Replies to a thread; false when the words were refused here (the message says why). */
    public boolean reply(CommentThread thread, String reply) {
        String words = checked(reply);
        if (words == null) {
            return false;
        }
        act(() -> repository.reply(thread.id(), words), id -> selectAfterLoad = thread.id());
        return true;
    }

    public void resolve(CommentThread thread) {
        act(() -> {
            repository.resolve(thread.id(), true);
            return thread.id();
        }, id -> { });
    }

    public void reopen(CommentThread thread) {
        act(() -> {
            repository.resolve(thread.id(), false);
            return thread.id();
        }, id -> selectAfterLoad = id);
    }

    /** The thread was chosen (a click on its card or its highlight): it is selected and its words shown. */
    public void locate(CommentThread thread) {
        selectedThread.set(thread);
        if (thread != null) {
            onLocate.accept(thread);
        }
    }

    /** Who shows a located thread's words (the text view or the editor selects them). */
    public void setOnLocate(Consumer<CommentThread> consumer) {
        this.onLocate = Objects.requireNonNull(consumer);
    }

    /** The plain text the threads' anchors point into now, to tell whether their words are still there. */
    public void textShown(String plainText) {
        text.set(plainText == null ? "" : plainText);
    }

    /** Whether a thread's words are no longer in the text shown ("The commented words have changed."). */
    public boolean detached(CommentThread thread) {
        return !text.get().isEmpty() && whereIs(thread).isEmpty();
    }

    /** Where a thread's words are in the text shown now (found again if the text changed), if anywhere. */
    public Optional<Anchor> whereIs(CommentThread thread) {
        return CommentAnchors.locate(text.get(), thread);
    }

    /** "Ann Editor · 5 min ago" */
    public String byline(Comment comment) {
        String when = comment.createdAt() == null ? "" : " · " + new DateTexts(clock).ago(comment.createdAt().toInstant());
        return (comment.authorName() == null ? "Someone" : comment.authorName()) + when;
    }

    /** "3 Dec 2026, 09:21": when the comment was written (the byline's tooltip). */
    public String writtenAt(Comment comment) {
        return new DateTexts(clock).dateTime(comment.createdAt());
    }

    private String checked(String words) {
        var problem = CommentText.problem(words);
        if (problem.isPresent()) {
            message.set(problem.get());
            return null;
        }
        return CommentText.clean(words);
    }

    private void act(Callable<UUID> work, Consumer<UUID> done) {
        message.set("");
        actions.busy("Saving a comment", work).onSuccess(done).onFinished(this::changed).start();
    }

    /** Every thread loaded, resolved ones included. */
    public ObservableList<CommentThread> threads() {
        return threads;
    }

    /** The threads to show: open ones, and resolved ones too while {@link #showResolvedProperty()} is on. */
    public ObservableList<CommentThread> shownThreads() {
        return shown;
    }

    public BooleanProperty showResolvedProperty() {
        return showResolved;
    }

    public ReadOnlyObjectProperty<Anchor> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public Command postCommand() {
        return post;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Non-empty when there is no thread to show: what to say instead. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ObjectProperty<CommentThread> selectedThreadProperty() {
        return selectedThread;
    }

    /** Whether new threads can be started here (a request's section is shown). */
    public ReadOnlyBooleanProperty canCommentProperty() {
        return canComment.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return actions.busyProperty();
    }
}
