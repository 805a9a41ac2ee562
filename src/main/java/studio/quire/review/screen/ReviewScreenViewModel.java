package studio.quire.review.screen;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.compare.ComparedText;
import studio.quire.compare.view.ComparisonViewModel;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.text.Document;
import studio.quire.text.TextHygiene;
import studio.quire.ui.Actions;
import studio.quire.ui.CoalescedLoads;
import studio.quire.ui.Command;
import studio.quire.ui.Failures;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;

import studio.quire.review.ReviewDecision;
import studio.quire.review.ReviewState;
import studio.quire.review.ReviewRepository;
/**
 * The review screen of one request: where it stands and its history, its submitted text compared
 * with the last approved text (or the previous submission), and what the signed-in person may do:
 * claim or release the step, delegate it with a reason, approve, request changes or reject with a
 * comment; its submitter may publish it once approved, or discard it. The database decides what
 * is allowed; this model only offers what would be, and says a refusal in one line.
 * A change announced by the database ({@link #changed()}) reloads it; a burst costs two loads.
 */
public final class ReviewScreenViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewScreenViewModel.class);
    static final int COMMENT_LIMIT = 20_000;

    private final ReviewRepository reviews;
    private final ReviewDetailsRepository repository;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<ReviewDetails> details = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ReviewHistoryEntry> history = FXCollections.observableArrayList();
    private final ObservableList<ReviewHistoryEntry> readOnlyHistory = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<ReviewDetails.Section> sections = FXCollections.observableArrayList();
    private final ObservableList<ReviewDetails.Section> readOnlySections = FXCollections.unmodifiableObservableList(sections);
    private final ObjectProperty<ReviewDetails.Section> selectedSection = new SimpleObjectProperty<>();
    private final ReviewTexts texts;
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Failures failures = Failures.plain(LOG, "The review screen", message::set,
            RefusedByDatabaseException.class);
    private final Actions actions;
    private final CoalescedLoads loads = new CoalescedLoads();
    /** The request the screen is for: a load of another one (still running when this one was opened) is dropped. */
    private UUID shownRequest;
    private Runnable onClose = () -> { };

    private final Command claim;
    private final Command release;
    private final Command approve;
    private final Command requestChanges;
    private final Command reject;
    private final Command publish;
    private final Command discard;
    private final Command close;

    public ReviewScreenViewModel(ReviewRepository reviews, ReviewDetailsRepository repository, TaskExecutor executor,
                                 Clock clock) {
        this.reviews = Objects.requireNonNull(reviews);
        this.repository = Objects.requireNonNull(repository);
        this.actions = new Actions(Objects.requireNonNull(executor), failures::report);
        this.clock = Objects.requireNonNull(clock);
        BooleanBinding deciding = when(d -> d.mayDecide() && d.current() != null);
        claim = Command.of(() -> act(() -> reviews.claim(id()), "You took this step."),
                when(d -> d.mayDecide() && d.current() != null && d.current().claimedBy() == null));
        release = Command.of(() -> act(() -> reviews.release(id()), "You gave this step back."),
                when(d -> d.current() != null && d.me() != null && d.me().equals(d.current().claimedBy())));
        approve = Command.of(() -> decide(ReviewDecision.APPROVE), deciding);
        requestChanges = Command.of(() -> decide(ReviewDecision.REQUEST_CHANGES), deciding);
        reject = Command.of(() -> decide(ReviewDecision.REJECT), deciding);
        publish = Command.of(() -> act(() -> reviews.publish(id()), "Published."),
                when(d -> d.ownedByMe() && d.state() == ReviewState.APPROVED));
        discard = Command.of(() -> act(() -> reviews.discard(id()), "Discarded."),
                when(d -> d.ownedByMe() && d.state().isOpen()));
        close = Command.of(() -> onClose.run());
        texts = new ReviewTexts(executor, this::reloadTexts);
        selectedSection.addListener((obs, o, n) -> texts.select(n == null ? null : n.nodeId()));
    }

    private BooleanBinding when(java.util.function.Predicate<ReviewDetails> test) {
        return Bindings.createBooleanBinding(() -> details.get() != null && test.test(details.get()), details)
                .and(actions.busyProperty().not());
    }

    /** Shows a request: its state, history and texts, read in the background. */
    public void open(UUID requestId) {
        Objects.requireNonNull(requestId);
        details.set(null);
        history.clear();
        selectedSection.set(null);
        sections.clear();
        if (!requestId.equals(shownRequest)) {
            // back from the queue to the same request (Esc by mistake), a half-written comment is still there
            comment.set("");
        }
        message.set("");
        texts.clear();
        shownRequest = requestId;
        if (!loads.deferIfRunning()) {
            load(requestId);
        }
    }

    /** The request changed in the database (a NOTIFY): reads it again. Safe to call as often as notifications come. */
    public void changed() {
        if (shownRequest == null) {
            return;
        }
        if (loads.deferIfRunning()) {
            return;
        }
        load(shownRequest);
    }

    private void load(UUID requestId) {
        loads.started();
        int shownRound = texts.round();
        ReviewBase wanted = texts.base.get();
        actions.background("Reading the review", () -> {
                    ReviewDetails read = repository.details(requestId);
                    List<ReviewHistoryEntry> events = repository.history(requestId);
                    ReviewBase chosen = ReviewTexts.baseFor(shownRound, read.round(), wanted);
                    List<ComparedText> compared = ReviewTexts.needed(shownRound, read.round())
                            ? repository.texts(requestId, chosen) : null;
                    return new Loaded(read, events, chosen, compared);
                })
                .onSuccess(this::apply)
                .onFinished(() -> loads.finished(this::changed))
                .start();
    }

    private void apply(Loaded loaded) {
        ReviewDetails read = loaded.details();
        if (!read.requestId().equals(shownRequest)) {
            return;
        }
        details.set(read);
        history.setAll(loaded.history());
        headline.set(read.title());
        stepLine.set(ReviewWords.stepLine(read, clock.instant()));
        UUID keep = selectedSection.get() == null ? null : selectedSection.get().nodeId();
        sections.setAll(read.sections());
        selectedSection.set(read.sections().stream().filter(s -> s.nodeId().equals(keep)).findFirst()
                .orElse(read.sections().isEmpty() ? null : read.sections().get(0)));
        if (loaded.texts() != null) {
            texts.show(read, loaded.base(), loaded.texts());
        }
    }

    private void reloadTexts(ReviewBase wanted) {
        ReviewDetails shown = details.get();
        if (shown == null) {
            return;
        }
        actions.background("Reading the texts under review", () -> repository.texts(shown.requestId(), wanted))
                .onSuccess(read -> {
                    if (texts.base.get() == wanted && details.get() != null
                            && details.get().requestId().equals(shown.requestId())) {
                        texts.show(shown, wanted, read);
                    }
                })
                .start();
    }

    private void decide(ReviewDecision decision) {
        ReviewDetails shown = details.get();
        ReviewDetails.Step step = shown == null ? null : shown.current();
        if (step == null) {
            return;
        }
        String said = TextHygiene.clean(comment.get() == null ? "" : comment.get()).strip();
        if (decision != ReviewDecision.APPROVE && said.isEmpty()) {
            message.set(decision == ReviewDecision.REJECT ? "Say why you reject it: the writer reads your comment."
                    : "Say what should change: the writer reads your comment.");
            return;
        }
        if (said.length() > COMMENT_LIMIT) {
            message.set("The comment is too long: keep it under " + COMMENT_LIMIT + " characters.");
            return;
        }
        act(() -> ReviewWords.afterDecision(decision,
                reviews.decide(shown.requestId(), step.position(), decision, said)), () -> comment.set(""));
    }

    /** Hands the current step to {@code person}, who reads {@code reason}. */
    public void delegate(ReviewDetailsRepository.Delegate person, String reason) {
        if (person == null || reason == null || reason.isBlank()) {
            message.set("Choose someone and say why you delegate this step.");
            return;
        }
        act(() -> repository.delegate(id(), person.personId(), reason.strip()), "Delegated to " + person.name() + ".");
    }

    /** Who the current step can be delegated to (read in the background), then {@code then} on the FX thread. */
    public void loadDelegates(java.util.function.Consumer<List<ReviewDetailsRepository.Delegate>> then) {
        UUID request = id();
        actions.background("Reading who can decide", () -> repository.delegates(request)).onSuccess(then).start();
    }

    private void act(Runnable work, String done) {
        act(() -> {
            work.run();
            return done;
        }, () -> { });
    }

    /** Runs {@code work} in the background; its answer is said, then {@code then} runs on the FX thread. */
    private void act(Callable<String> work, Runnable then) {
        message.set("");
        actions.busy("Updating the review", work)
                .onSuccess(said -> {
                    message.set(said);
                    then.run();
                })
                .onFinished(this::changed)
                .start();
    }

    private UUID id() {
        return details.get().requestId();
    }

    /** What closing the screen does (back to the queue). */
    public void setOnClose(Runnable onClose) {
        this.onClose = Objects.requireNonNull(onClose);
    }

    public ReadOnlyObjectProperty<ReviewDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ObservableList<ReviewHistoryEntry> history() {
        return readOnlyHistory;
    }

    public ObservableList<ReviewDetails.Section> sections() {
        return readOnlySections;
    }

    /** The section whose submitted text is shown for commenting. */
    public ObjectProperty<ReviewDetails.Section> selectedSectionProperty() {
        return selectedSection;
    }

    /** The selected section's text as submitted. */
    public ReadOnlyObjectProperty<Document> sectionTextProperty() {
        return texts.sectionText.getReadOnlyProperty();
    }

    public ObjectProperty<ReviewBase> baseProperty() {
        return texts.base;
    }

    /** The comparison of the submitted text with {@link #baseProperty()}; replaced when either changes. */
    public ReadOnlyObjectProperty<ComparisonViewModel> comparisonProperty() {
        return texts.comparison.getReadOnlyProperty();
    }

    /** The decision's comment: required to request changes or reject. */
    public StringProperty commentProperty() {
        return comment;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** "Step 1 of 2 · Copy edit · due in 2 days · taken by Ada", or the state in words. */
    public ReadOnlyStringProperty stepLineProperty() {
        return stepLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loads.loadingProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return actions.busyProperty();
    }

    public Command claimCommand() {
        return claim;
    }

    public Command releaseCommand() {
        return release;
    }

    public Command approveCommand() {
        return approve;
    }

    public Command requestChangesCommand() {
        return requestChanges;
    }

    public Command rejectCommand() {
        return reject;
    }

    public Command publishCommand() {
        return publish;
    }

    public Command discardCommand() {
        return discard;
    }

    public Command closeCommand() {
        return close;
    }

    /** Whether the current step waits for the signed-in person (so the decision panel is shown). */
    public BooleanBinding decidingBinding() {
        return Bindings.createBooleanBinding(() -> details.get() != null && details.get().mayDecide()
                && details.get().current() != null, details);
    }

    private record Loaded(ReviewDetails details, List<ReviewHistoryEntry> history, ReviewBase base,
                          List<ComparedText> texts) {
    }
}
