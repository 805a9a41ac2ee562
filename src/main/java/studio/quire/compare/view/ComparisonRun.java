package studio.quire.compare.view;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.compare.Change;
import studio.quire.compare.ComparedText;
import studio.quire.compare.Comparison;
import studio.quire.compare.ComparisonRequest;
import studio.quire.compare.MergeChoices;
import studio.quire.diff.DiffOptions;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.ErrorText;
import studio.quire.ui.TaskExecutor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison being shown and the writer's place in it: reads the texts once, compares them
 * again whenever the options change (the newest request wins; an older result that arrives late
 * is dropped), keeps the current change near where it was, and keeps the merge choices only when
 * the new comparison has exactly the same changes.
 */
final class ComparisonRun {
    private static final Logger LOG = LoggerFactory.getLogger(ComparisonRun.class);
    static final String LAST = "Last change. Press F7 again to go back to the first.";
    static final String FIRST = "First change. Press Shift+F7 again to go to the last.";
    static final String RESET = "The options changed the list of changes, so every change is accepted again.";

    private final ComparisonRequest request;
    private final TaskExecutor executor;

    final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    final ReadOnlyObjectWrapper<ComparisonLines> lines = new ReadOnlyObjectWrapper<>(ComparisonLines.EMPTY);
    final ObservableList<ChangeItem> changes = FXCollections.observableArrayList();
    final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper stats = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    final MergeDecisions decisions = new MergeDecisions();

    private List<ComparedText> texts;
    private int generation;
    private TaskExecutor.TaskHandle inFlight;
    /** The direction (+1, -1) in which the writer was told they reached the end, 0 when not. */
    private int armedWrap;

    ComparisonRun(ComparisonRequest request, TaskExecutor executor) {
        this.request = request;
        this.executor = executor;
        decisions.property().addListener((obs, o, n) -> markAccepted(n));
    }

    private record Computed(List<ComparedText> texts, Comparison comparison, ComparisonLines lines) {
    }

    /** Thrown in the background when the loader fails, to tell it from a failing comparison. */
    private static final class UnreadableTexts extends Exception {
        UnreadableTexts(Throwable cause) {
            super(cause);
        }
    }

    void compute(DiffOptions options) {
        cancel();
        int mine = ++generation;
        List<ComparedText> known = texts;
        loading.set(true);
        inFlight = executor.execute(BackgroundTask.of(progress -> {
                    List<ComparedText> read = known;
                    if (read == null) {
                        try {
                            read = List.copyOf(request.loader().load());
                        } catch (Exception e) {
                            throw new UnreadableTexts(e);
                        }
                    }
                    Comparison compared = Comparison.of(read, options);
                    return new Computed(read, compared, ComparisonLines.of(compared));
                })
                .titled("Comparing drafts")
                .onSuccess(computed -> {
                    if (mine == generation) {
                        show(computed);
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        fail(error);
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                }));
    }

    void cancel() {
        generation++;
        if (inFlight != null) {
            inFlight.cancel();
            inFlight = null;
        }
        loading.set(false);
    }

    private void fail(Throwable error) {
        boolean unreadable = error instanceof UnreadableTexts;
        Throwable cause = unreadable ? error.getCause() : error;
        String what = unreadable ? "Could not read the texts to compare" : "Could not compare the texts";
        log(LOG, what, cause);
        message.set(what + ": " + ErrorText.oneLine(cause));
    }

    private void show(Computed computed) {
        Comparison old = comparison.get();
        Change wasCurrent = old == null || current.get() < 0 ? null : old.change(current.get());
        boolean sameChanges = old != null && sameChanges(old.changes(), computed.comparison().changes());
        texts = computed.texts();
        if (!sameChanges) {
            if (decisions.get().rejectedCount() > 0) {
                message.set(RESET);
            }
            decisions.reset();
        }
        List<ChangeItem> items = new ArrayList<>(computed.comparison().changes().size());
        MergeChoices choices = decisions.get();
        boolean titled = computed.comparison().spansSections();
        for (Change change : computed.comparison().changes()) {
            items.add(new ChangeItem(change.id(), change.kind().label(), change.summary(),
                    titled ? computed.comparison().parts().get(change.part()).title() : "", choices.isAccepted(change.id())));
        }
        armedWrap = 0;
        current.set(-1);
        // the comparison first: the view takes the lines as its cue and paints them with it
        comparison.set(computed.comparison());
        lines.set(computed.lines());
        changes.setAll(items);
        stats.set(ComparisonSummary.stats(computed.comparison()));
        notice.set(computed.comparison().coarsened() ? ComparisonSummary.COARSENED : "");
        current.set(wasCurrent == null ? -1 : nearest(computed.comparison().changes(), wasCurrent));
    }

    /**
     * Same kinds and words in the same order, spacing aside (ignoring whitespace moves a space into
     * or out of a change): the choices mean the same thing in both.
     */
    private static boolean sameChanges(List<Change> a, List<Change> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Change x = a.get(i);
            Change y = b.get(i);
            if (x.kind() != y.kind() || !words(x.olderText()).equals(words(y.olderText()))
                    || !words(x.newerText()).equals(words(y.newerText()))) {
                return false;
            }
        }
        return true;
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The first change at or after where {@code was} was shown, else the last one before it. */
    static int nearest(List<Change> changes, Change was) {
        int before = -1;
        for (Change change : changes) {
            int order = change.part() != was.part() ? Integer.compare(change.part(), was.part())
                    : Integer.compare(change.row(), was.row());
            if (order >= 0) {
                return change.id();
            }
            before = change.id();
        }
        return before;
    }

    private void markAccepted(MergeChoices choices) {
        for (int i = 0; i < changes.size(); i++) {
            ChangeItem item = changes.get(i);
            ChangeItem marked = item.withAccepted(choices.isAccepted(item.id()));
            if (marked != item) {
                changes.set(i, marked);
            }
        }
    }

    void select(int id) {
        if (id >= 0 && id < changes.size()) {
            armedWrap = 0;
            if (message.get().equals(LAST) || message.get().equals(FIRST)) {
                message.set("");
            }
            current.set(id);
        }
    }

    /** One change on (+1) or back (-1); at an end, a note first, then round to the other end. */
    void step(int direction) {
        int count = changes.size();
        int at = current.get();
        if (count == 0) {
            return;
        }
        if (at < 0) {
            select(direction > 0 ? 0 : count - 1);
        } else if (at + direction >= 0 && at + direction < count) {
            select(at + direction);
        } else if (armedWrap == direction) {
            select(direction > 0 ? 0 : count - 1);
        } else {
            armedWrap = direction;
            message.set(direction > 0 ? LAST : FIRST);
        }
    }

    /** Logs a failure: a file problem the writer can fix in one line, anything else with its trace. */
    static void log(Logger log, String what, Throwable error) {
        if (error instanceof IOException) {
            log.warn("{}: {}", what, ErrorText.oneLine(error));
        } else {
            log.warn("{}", what, error);
        }
    }
}
