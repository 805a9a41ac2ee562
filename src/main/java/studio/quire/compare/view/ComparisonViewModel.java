package studio.quire.compare.view;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.compare.Comparison;
import studio.quire.compare.ComparisonRequest;
import studio.quire.compare.Merge;
import studio.quire.compare.MergeChoices;
import studio.quire.diff.DiffOptions;
import studio.quire.diff.Granularity;
import studio.quire.text.Document;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.Command;
import studio.quire.ui.ErrorText;
import studio.quire.ui.TaskExecutor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The comparison window's state: the texts are read and compared in the background (again, with
 * the newest options winning, whenever an option changes); the writer steps through the changes
 * (F7, Shift+F7), and, when the request allows merging, accepts or rejects them, steps back
 * (Ctrl+Z) and saves the merged text, after which {@link #closeRequestedProperty()} turns true.
 * Stepping past the last change stops there with a note; stepping again goes round to the first.
 */
public final class ComparisonViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ComparisonViewModel.class);

    private final ComparisonRequest request;
    private final ComparisonExporter exporter;
    private final TaskExecutor executor;
    private final ComparisonRun run;

    private final ObjectProperty<ComparisonMode> mode = new SimpleObjectProperty<>(ComparisonMode.INLINE);
    private final ObjectProperty<Granularity> granularity = new SimpleObjectProperty<>(Granularity.WORD);
    private final BooleanProperty ignoreWhitespace = new SimpleBooleanProperty(false);
    private final BooleanProperty ignorePunctuation = new SimpleBooleanProperty(false);
    private final BooleanProperty ignoreCase = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    static final String MERGING_NEEDS_ALL_DIFFERENCES = "Turn Ignore off to accept or reject changes";
    private final ReadOnlyBooleanWrapper closeRequested = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding ignoring;
    private final ReadOnlyStringWrapper choicesSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<ChangeItem> readOnlyChanges;

    private final Command next;
    private final Command previous;
    private final Command accept;
    private final Command reject;
    private final Command acceptAll;
    private final Command rejectAll;
    private final Command undo;
    private final Command save;
    private final Command export;

    /**
     * @param exporter renders the HTML export ({@code ComparisonHtml::render} in the app)
     * @param executor runs the reading, comparing, merging and exporting off the FX thread
     */
    public ComparisonViewModel(ComparisonRequest request, ComparisonExporter exporter, TaskExecutor executor) {
        this.request = Objects.requireNonNull(request);
        this.exporter = Objects.requireNonNull(exporter);
        this.executor = Objects.requireNonNull(executor);
        this.run = new ComparisonRun(request, executor);
        this.readOnlyChanges = FXCollections.unmodifiableObservableList(run.changes);
        BooleanBinding ready = run.comparison.isNotNull().and(run.loading.not()).and(busy.not());
        // an ignored difference shows as unchanged, so it could be neither taken nor left: no merging then
        ignoring = ignoreWhitespace.or(ignorePunctuation).or(ignoreCase);
        BooleanBinding merging = ready.and(new ReadOnlyBooleanWrapper(request.mergeable())).and(ignoring.not());
        BooleanBinding hasChanges = Bindings.isNotEmpty(run.changes);
        next = Command.of(() -> run.step(1), hasChanges);
        previous = Command.of(() -> run.step(-1), hasChanges);
        accept = Command.of(() -> decideCurrent(true), merging.and(run.current.greaterThanOrEqualTo(0)));
        reject = Command.of(() -> decideCurrent(false), merging.and(run.current.greaterThanOrEqualTo(0)));
        acceptAll = Command.of(() -> run.decisions.choose(MergeChoices.allAccepted()), merging.and(hasChanges));
        rejectAll = Command.of(() -> run.decisions.choose(MergeChoices.allRejected(run.comparison.get())),
                merging.and(hasChanges));
        undo = Command.of(run.decisions::undo, merging.and(run.decisions.canUndoProperty()));
        save = Command.of(this::saveMerged, merging);
        export = Command.of(() -> { }, ready);
        run.decisions.property().addListener((obs, o, n) -> updateChoicesSummary());
        run.comparison.addListener((obs, o, n) -> updateChoicesSummary());
        ignoring.addListener((obs, o, n) -> updateChoicesSummary());
        granularity.addListener((obs, o, n) -> recompute());
        ignoreWhitespace.addListener((obs, o, n) -> recompute());
        ignorePunctuation.addListener((obs, o, n) -> recompute());
        ignoreCase.addListener((obs, o, n) -> recompute());
    }

    /** Reads and compares the texts in the background; the window calls it once when it opens. */
    public void load() {
        if (run.comparison.get() == null && !run.loading.get()) {
            run.compute(options());
        }
    }

    /** Stops any reading or comparing under way (the window closed). */
    public void dispose() {
        run.cancel();
    }

    private void recompute() {
        if (run.comparison.get() != null || run.loading.get()) {
            run.compute(options());
        }
    }

    private DiffOptions options() {
        return DiffOptions.DEFAULT.withGranularity(granularity.get()).withIgnoreWhitespace(ignoreWhitespace.get())
                .withIgnorePunctuation(ignorePunctuation.get()).withIgnoreCase(ignoreCase.get());
    }

    /** Makes change {@code id} the current one (a click in the list of changes). */
    public void selectChange(int id) {
        run.select(id);
    }

    /** Accepting or rejecting moves on to the next change, as a writer going through them expects. */
    private void decideCurrent(boolean accepted) {
        int id = run.current.get();
        run.decisions.choose(run.decisions.get().with(id, accepted));
        if (id + 1 < run.changes.size()) {
            run.select(id + 1);
        }
    }

    private void updateChoicesSummary() {
        Comparison shown = run.comparison.get();
        choicesSummary.set(shown == null || !request.mergeable() ? ""
                : ignoring.get() ? MERGING_NEEDS_ALL_DIFFERENCES
                : ComparisonSummary.choices(run.decisions.get().rejectedCount(), shown.changes().size()));
    }

    private void saveMerged() {
        Comparison shown = run.comparison.get();
        MergeChoices choices = run.decisions.get();
        busy.set(true);
        executor.execute(BackgroundTask.of(progress -> Merge.apply(shown, choices))
                .titled("Merging the texts")
                .onSuccess(this::handOver)
                .onFailure(error -> {
                    report("Could not merge the texts", error);
                    busy.set(false);
                }));
    }

    /** Gives the merged text to its target; the window closes once it is kept, and stays open if not. */
    private void handOver(List<Document> merged) {
        CompletableFuture<Void> kept;
        try {
            kept = request.mergeTarget().save(merged).toCompletableFuture();
        } catch (RuntimeException e) {
            kept = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Void> saving = kept;
        // waits in the background for the target's own background work, then answers on the FX thread
        executor.execute(BackgroundTask.ofRunnable(saving::join)
                .titled("Saving the merged text")
                .onSuccess(done -> closeRequested.set(true))
                .onFailure(error -> report("Could not save the merged text",
                        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error))
                .onFinished(() -> busy.set(false)));
    }

    /** Writes the comparison as an HTML page to {@code file}, in the background. */
    public void exportTo(Path file) {
        if (!export.isExecutable()) {
            return;
        }
        Comparison shown = run.comparison.get();
        busy.set(true);
        executor.execute(BackgroundTask.ofRunnable(() -> Files.writeString(file,
                        exporter.html(shown, request.title(), request.olderLabel(), request.newerLabel()),
                        StandardCharsets.UTF_8))
                .titled("Exporting a comparison")
                .onSuccess(done -> run.message.set("Exported to " + file.getFileName() + "."))
                .onFailure(error -> report("Could not export the comparison", error))
                .onFinished(() -> busy.set(false)));
    }

    /** A file name for the export, made from the title: "The Lighthouse – 3 May.html". */
    public String exportFileName() {
        String name = request.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
        return (name.isEmpty() ? "Comparison" : name) + ".html";
    }

    private void report(String what, Throwable error) {
        ComparisonRun.log(LOG, what, error);
        run.message.set(what + ": " + ErrorText.oneLine(error));
    }

    public ComparisonRequest request() {
        return request;
    }

    public boolean isMergeable() {
        return request.mergeable();
    }

    /** Whether closing now would throw away changes the writer rejected and has not saved. */
    public boolean hasUnsavedChoices() {
        return request.mergeable() && !closeRequested.get() && run.decisions.get().rejectedCount() > 0;
    }

    /** The save button's text; "" when the comparison is for reading only. */
    public String saveLabel() {
        return request.mergeable() ? request.mergeTarget().saveLabel() : "";
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return run.comparison.getReadOnlyProperty();
    }

    /** The lines of the shown comparison; changes together with {@link #comparisonProperty()}. */
    public ReadOnlyObjectProperty<ComparisonLines> linesProperty() {
        return run.lines.getReadOnlyProperty();
    }

    public ObservableList<ChangeItem> changes() {
        return readOnlyChanges;
    }

    /** The current change's id, or -1 when none is. */
    public ReadOnlyIntegerProperty currentChangeProperty() {
        return run.current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MergeChoices> choicesProperty() {
        return run.decisions.property();
    }

    public ObjectProperty<ComparisonMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Granularity> granularityProperty() {
        return granularity;
    }

    public BooleanProperty ignoreWhitespaceProperty() {
        return ignoreWhitespace;
    }

    public BooleanProperty ignorePunctuationProperty() {
        return ignorePunctuation;
    }

    public BooleanProperty ignoreCaseProperty() {
        return ignoreCase;
    }

    /** True while the texts are read or compared. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return run.loading.getReadOnlyProperty();
    }

    /** True while merging or exporting. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return run.message.getReadOnlyProperty();
    }

    /** E.g. "120 words added · 40 removed · 12 changed · 2 paragraphs moved", or "No differences". */
    public ReadOnlyStringProperty statsProperty() {
        return run.stats.getReadOnlyProperty();
    }

    /** A note when some passages are compared more coarsely than asked, else "". */
    public ReadOnlyStringProperty noticeProperty() {
        return run.notice.getReadOnlyProperty();
    }

    /** E.g. "3 of 17 changes rejected"; "" when the comparison is for reading only. */
    public ReadOnlyStringProperty choicesSummaryProperty() {
        return choicesSummary.getReadOnlyProperty();
    }

    /** Turns true once the merged text is handed over: the window closes. */
    public ReadOnlyBooleanProperty closeRequestedProperty() {
        return closeRequested.getReadOnlyProperty();
    }

    /** F7. */
    public Command nextCommand() {
        return next;
    }

    /** Shift+F7. */
    public Command previousCommand() {
        return previous;
    }

    public Command acceptCommand() {
        return accept;
    }

    public Command rejectCommand() {
        return reject;
    }

    public Command acceptAllCommand() {
        return acceptAll;
    }

    public Command rejectAllCommand() {
        return rejectAll;
    }

    /** Ctrl+Z: takes back the last accept or reject. */
    public Command undoCommand() {
        return undo;
    }

    public Command saveCommand() {
        return save;
    }

    /** Executable when there is a comparison to export; the view asks the file, then calls {@link #exportTo(Path)}. */
    public Command exportCommand() {
        return export;
    }
}
