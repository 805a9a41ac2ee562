package studio.quire.review;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.ui.Actions;
import studio.quire.ui.Command;
import studio.quire.ui.Failures;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The writer's view of review for the node selected in the binder: where its newest request
 * stands (step, due time, the editor's last comment), and submitting it, or submitting it again
 * after changes were asked for. The database decides who may; its refusals become the message.
 */
public final class NodeReviewViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(NodeReviewViewModel.class);
    static final String NOTHING_SELECTED = "Select a section, chapter or book to see its review.";
    static final String NOT_SUBMITTED = "Not submitted for review.";
    /** The Review tab lists this many of a text's reviews at most (the newest). */
    static final int HISTORY_LIMIT = 50;
    static final String NOT_SAVED = "The newest text is not in the database yet, so it cannot be pinned for review; "
            + "submit once it is saved.";

    private final ReviewRepository repository;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<UUID> node = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RequestStatus> request = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(NOTHING_SELECTED);
    private final ReadOnlyStringWrapper comment = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Failures failures = Failures.plain(LOG, "A review action", message::set,
            RefusedByDatabaseException.class);
    private final Actions actions;
    private final ObservableList<PastReview> reviews = FXCollections.observableArrayList();
    private final ObservableList<WorkflowChoice> workflows =
            javafx.collections.FXCollections.observableArrayList();
    private final ObjectProperty<WorkflowChoice> workflow =
            new SimpleObjectProperty<>();
    private final Command submit;
    private final Command resubmit;
    private final Command open;
    private Consumer<UUID> onOpen = id -> { };
    /** Called on the FX thread before submitting: returns the work that saves the open text (run in the background). */
    private Supplier<Callable<Boolean>> saveFirst = () -> () -> true;
    private String nodeTitle = "";
    private int generation;

    /** @param canAuthor whether the signed-in person may submit text (writers, consultants, admins) */
    public NodeReviewViewModel(ReviewRepository repository, TaskExecutor executor, Clock clock, boolean canAuthor) {
        this.repository = Objects.requireNonNull(repository);
        this.actions = new Actions(Objects.requireNonNull(executor), failures::report);
        this.clock = Objects.requireNonNull(clock);
        ReadOnlyBooleanWrapper author = new ReadOnlyBooleanWrapper(canAuthor);
        ReadOnlyBooleanProperty busy = actions.busyProperty();
        submit = Command.of(this::submitNode, node.isNotNull().and(author).and(busy.not())
                .and(Bindings.createBooleanBinding(() -> request.get() == null || !request.get().isOpen(), request)));
        resubmit = Command.of(this::resubmitRequest, author.and(busy.not()).and(Bindings.createBooleanBinding(
                () -> request.get() != null && request.get().state() == ReviewState.CHANGES_REQUESTED, request)));
        open = Command.of(() -> onOpen.accept(request.get().requestId()), request.isNotNull());
    }

    /** What opening the request does: its review screen, with the history, comments and changes. */
    public void setOnOpen(Consumer<UUID> onOpen) {
        this.onOpen = Objects.requireNonNull(onOpen);
    }

    /**
     * How the newest text reaches the database before it is pinned: called on the FX thread, it
     * returns the work that saves it, answering whether the database has it.
     */
    public void setSaveFirst(Supplier<Callable<Boolean>> saveFirst) {
        this.saveFirst = Objects.requireNonNull(saveFirst);
    }

    /** Opens the shown request's review screen. */
    public Command openCommand() {
        return open;
    }

    /** Shows the review of {@code nodeId} (null: nothing selected). */
    public void show(UUID nodeId, String title) {
        node.set(nodeId);
        nodeTitle = title == null ? "" : title;
        message.set("");
        refresh();
    }

    /** Reads the newest request again (after a change announced by the database, or after acting). */
    public void refresh() {
        UUID shown = node.get();
        int loading = ++generation;
        if (shown == null) {
            apply(Optional.empty(), NOTHING_SELECTED);
            reviews.clear();
            return;
        }
        actions.background("Reading the review", () -> new Read(repository.statusOf(shown),
                        repository.workflowsFor(shown), repository.reviewsOf(shown, HISTORY_LIMIT)))
                .onSuccess(read -> {
                    if (loading == generation) {
                        apply(read.status(), NOT_SUBMITTED);
                        offer(read.workflows());
                        reviews.setAll(read.reviews());
                    }
                })
                .start();
    }

    private void apply(Optional<RequestStatus> found, String none) {
        request.set(found.orElse(null));
        status.set(found.map(this::describe).orElse(none));
        comment.set(found.map(RequestStatus::lastComment).filter(c -> !c.isBlank()).map(c -> "“" + c + "”").orElse(""));
    }

    private String describe(RequestStatus r) {
        return switch (r.state()) {
            case IN_REVIEW -> "In review: step " + r.currentStep() + " of " + r.steps() + ", " + r.stepName()
                    + (r.dueAt() == null ? "" : ", " + due(r.dueAt())) + (r.round() > 1 ? " (round " + r.round() + ")" : "");
            case CHANGES_REQUESTED -> "Changes requested at " + r.stepName() + ". Revise the text, then submit it again.";
            case APPROVED -> "Approved. Ready to publish.";
            case PUBLISHED -> "Published.";
            case DISCARDED -> "Discarded. It can be submitted anew.";
        };
    }

    /** "due in 2 days", "overdue by 3 hours" */
    String due(OffsetDateTime at) {
        return DueText.describe(at.toInstant(), clock.instant());
    }

    /** Offers the workflows to submit with, keeping the one chosen when it is still there. */
    private void offer(List<WorkflowChoice> offered) {
        UUID kept = workflow.get() == null ? null : workflow.get().templateId();
        if (!workflows.equals(offered)) {
            workflows.setAll(offered);
        }
        workflow.set(offered.stream().filter(w -> w.templateId().equals(kept)).findFirst()
                .orElse(offered.isEmpty() ? null : offered.get(0)));
    }

    private void submitNode() {
        UUID shown = node.get();
        String title = nodeTitle;
        UUID template = workflow.get() == null ? null : workflow.get().templateId();
        act(() -> repository.submit(shown, template), "Submitted “" + title + "” for review.");
    }

    private void resubmitRequest() {
        UUID id = request.get().requestId();
        act(() -> {
            repository.resubmit(id);
            return id;
        }, "Submitted again for review.");
    }

    private void act(Callable<UUID> work, String done) {
        Callable<Boolean> save = saveFirst.get();
        actions.busy("Submitting for review", () -> {
                    if (!save.call()) {
                        throw new RefusedByDatabaseException(NOT_SAVED, "55000", null);
                    }
                    return work.call();
                })
                .onSuccess(id -> message.set(done))
                .onFinished(this::refresh)
                .start();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The editor's last comment, quoted; empty when there is none. */
    public ReadOnlyStringProperty commentProperty() {
        return comment.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return actions.busyProperty();
    }

    public ReadOnlyObjectProperty<RequestStatus> requestProperty() {
        return request.getReadOnlyProperty();
    }

    /** Every review the selected text went through or is in, newest first: its history across requests. */
    public ObservableList<PastReview> reviews() {
        return reviews;
    }

    /** Opens the review screen of one of {@link #reviews()}. */
    public void openReview(PastReview review) {
        if (review != null) {
            onOpen.accept(review.requestId());
        }
    }

    /** The workflows of the node's organization, the default first. */
    public ObservableList<WorkflowChoice> workflows() {
        return workflows;
    }

    /** The workflow a submission uses (the default unless another is chosen). */
    public ObjectProperty<WorkflowChoice> workflowProperty() {
        return workflow;
    }

    public Command submitCommand() {
        return submit;
    }

    public Command resubmitCommand() {
        return resubmit;
    }

    private record Read(Optional<RequestStatus> status, List<WorkflowChoice> workflows, List<PastReview> reviews) {
    }
}
