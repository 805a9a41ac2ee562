package studio.quire.editor.revision;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import studio.quire.compare.ComparisonRequest;
import studio.quire.compare.MergeTarget;
import studio.quire.editor.store.SectionStore;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;
import studio.quire.ui.Command;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Comparing the revisions chosen in the {@link RevisionListViewModel list}: one against the
 * current text, or two with each other. The comparison window shows the request; a merged text
 * from it is saved the way a restore is (the current text is kept first). People who may only read
 * (editors) compare without merging.
 */
public final class RevisionComparisonViewModel {
    private final RevisionListViewModel list;
    private final RevisionRepository repository;
    private final RevisionComparisons comparisons;
    private final Command compare;
    private Consumer<ComparisonRequest> onCompare = request -> { };

    public RevisionComparisonViewModel(RevisionListViewModel list, RevisionRepository repository, SectionStore store) {
        this.list = Objects.requireNonNull(list);
        this.repository = Objects.requireNonNull(repository);
        this.comparisons = new RevisionComparisons(repository, store);
        ObservableList<RevisionRow> chosen = list.chosenRows();
        compare = Command.of(this::compareChosen, list.sectionProperty().isNotNull()
                .and(Bindings.createBooleanBinding(() -> RevisionComparisons.comparable(chosen), chosen)));
    }

    /** Where a comparison to show goes (the studio opens a comparison window), on the FX thread. */
    public void setOnCompare(Consumer<ComparisonRequest> consumer) {
        onCompare = Objects.requireNonNull(consumer);
    }

    /** Executable when one revision (against the current text) or two are chosen. */
    public Command compareCommand() {
        return compare;
    }

    private void compareChosen() {
        UUID shown = list.sectionProperty().get();
        onCompare.accept(comparisons.request(shown, List.copyOf(list.chosenRows()),
                list.canChangeProperty().get() ? name -> new HistoryMerge(shown, name) : null));
    }

    /** A merged text from a comparison becomes the section's text and a revision of its own, like a restore. */
    private final class HistoryMerge implements MergeTarget {
        private final UUID sectionId;
        private final String name;

        HistoryMerge(UUID sectionId, String name) {
            this.sectionId = sectionId;
            this.name = name;
        }

        @Override
        public String saveLabel() {
            return "Use the merged text";
        }

        @Override
        public CompletionStage<Void> save(List<Document> merged) {
            if (!sectionId.equals(list.sectionProperty().get())) {
                return CompletableFuture.failedFuture(new IllegalStateException(
                        "Another section is open now; open this one again to save the merged text."));
            }
            if (list.busyProperty().get()) {
                return CompletableFuture.failedFuture(new IllegalStateException(
                        "A restore or a named revision is still being kept; save again in a moment."));
            }
            CompletableFuture<Void> done = new CompletableFuture<>();
            String markdown = MarkdownFormat.write(merged.get(0));
            list.changes().replaceText(() -> markdown, "Before merging",
                    body -> repository.keepMerged(sectionId, body, name),
                    "Saved the merged text as a new revision; the text before it is kept too.", done);
            return done;
        }
    }
}
