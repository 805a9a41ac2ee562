package studio.quire.editor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.compare.Change;
import studio.quire.compare.Comparison;
import studio.quire.compare.ComparisonRequest;
import studio.quire.compare.Merge;
import studio.quire.compare.MergeChoices;
import studio.quire.diff.DiffOptions;
import studio.quire.editor.view.StyledText;
import studio.quire.ui.SameThreadTaskExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import studio.quire.editor.store.RecordingSectionStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The conflict banner's choices, driven through the section editor that owns it. */
class SectionConflictViewModelTest {
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final RecordingSectionStore store = new RecordingSectionStore();
    private final List<String> namedRevisions = new ArrayList<>();
    private final List<DocumentLoad> shown = new ArrayList<>();
    private RuntimeException revisionFailure;
    private SectionEditorViewModel viewModel;

    @BeforeEach
    void setUp() {
        store.put(first, "First *text* here.\n").put(second, "# Second\n");
        viewModel = new SectionEditorViewModel(store, (id, name) -> {
            if (revisionFailure != null) {
                throw revisionFailure;
            }
            namedRevisions.add(id + " " + name);
        }, StyledText::of, new SameThreadTaskExecutor());
        viewModel.setDocumentSink(shown::add);
    }

    @Test
    void useMine_keepsTheirsAsANamedRevision_thenPutsMineBackAsOneUndoableEdit() {
        viewModel.open(first, "One", false);
        store.reportConflict(first, "Mine.\n", "Theirs.\n");

        viewModel.conflict().useMine();

        assertThat(namedRevisions).containsExactly(first + " " + SectionConflictViewModel.THEIR_REVISION_NAME);
        assertThat(shown.get(shown.size() - 1).mode()).isEqualTo(DocumentLoad.Mode.REPLACE);
        assertThat(shown.get(shown.size() - 1).text().plainText()).isEqualTo("Mine.");
        assertThat(viewModel.conflict().shownProperty().get()).isFalse();
    }

    @Test
    void compare_comparesTheirsWithMine_andTheMergedTextIsUsedLikeMine() throws Exception {
        List<ComparisonRequest> requests = new ArrayList<>();
        viewModel.conflict().setOnCompare(requests::add);
        viewModel.open(first, "One", false);
        store.reportConflict(first, "The dog ran home.\n", "The cat sat home.\n");

        viewModel.conflict().compare();

        ComparisonRequest request = requests.get(0);
        assertThat(request.olderLabel()).isEqualTo("Their version");
        assertThat(request.newerLabel()).isEqualTo("Your version");
        assertThat(request.mergeTarget().saveLabel()).isEqualTo("Use this version");
        Comparison comparison = Comparison.of(request.loader().load(), DiffOptions.DEFAULT);
        assertThat(comparison.changes()).singleElement().extracting(Change::olderText, Change::newerText)
                .containsExactly("cat sat", "dog ran");
        assertThat(viewModel.conflict().shownProperty().get()).as("the banner stays while the writer compares").isTrue();

        assertThat(request.mergeTarget().save(Merge.apply(comparison, MergeChoices.allRejected(comparison)))
                .toCompletableFuture()).isCompleted();

        assertThat(namedRevisions).containsExactly(first + " " + SectionConflictViewModel.THEIR_REVISION_NAME);
        assertThat(shown.get(shown.size() - 1).mode()).isEqualTo(DocumentLoad.Mode.REPLACE);
        assertThat(shown.get(shown.size() - 1).text().plainText()).isEqualTo("The cat sat home.");
        assertThat(viewModel.conflict().shownProperty().get()).isFalse();
    }

    @Test
    void compare_savedAfterTheConflictWasSettled_isRefused_andNothingChanges() throws Exception {
        List<ComparisonRequest> requests = new ArrayList<>();
        viewModel.conflict().setOnCompare(requests::add);
        viewModel.open(first, "One", false);
        store.reportConflict(first, "Mine.\n", "Theirs.\n");
        viewModel.conflict().compare();
        ComparisonRequest request = requests.get(0);
        Comparison comparison = Comparison.of(request.loader().load(), DiffOptions.DEFAULT);
        viewModel.conflict().keepTheirs();
        int shownBefore = shown.size();

        var saved = request.mergeTarget().save(Merge.apply(comparison, MergeChoices.allAccepted())).toCompletableFuture();

        assertThat(saved).isCompletedExceptionally();
        assertThatThrownBy(saved::join).hasMessageContaining("This conflict was settled meanwhile");
        assertThat(shown).hasSize(shownBefore);
        assertThat(namedRevisions).isEmpty();
    }

    @Test
    void compare_offersNothing_withoutAConflict() {
        List<ComparisonRequest> requests = new ArrayList<>();
        viewModel.conflict().setOnCompare(requests::add);
        viewModel.open(first, "One", false);

        viewModel.conflict().compare();

        assertThat(requests).isEmpty();
    }

    @Test
    void keepTheirs_dismissesTheBanner_withoutANamedRevision() {
        viewModel.open(first, "One", false);
        store.reportConflict(first, "Mine.\n", "Theirs.\n");

        viewModel.conflict().keepTheirs();

        assertThat(viewModel.conflict().shownProperty().get()).isFalse();
        assertThat(namedRevisions).isEmpty();
    }

    @Test
    void useMine_putsNothingBack_andSaysWhy_whenTheirVersionCannotBeKept() {
        viewModel.open(first, "One", false);
        store.reportConflict(first, "Mine.\n", "Theirs.\n");
        revisionFailure = new IllegalStateException("The server is away");
        int shownBefore = shown.size();

        viewModel.conflict().useMine();

        assertThat(shown).hasSize(shownBefore);
        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Their version could not be kept, so yours was not put back: The server is away");
    }

    @Test
    void compare_putsNothingBack_whenAnotherSectionWasOpenedMeanwhile() throws Exception {
        List<ComparisonRequest> requests = new ArrayList<>();
        viewModel.conflict().setOnCompare(requests::add);
        viewModel.open(first, "One", false);
        store.reportConflict(first, "Mine.\n", "Theirs.\n");
        viewModel.conflict().compare();
        ComparisonRequest request = requests.get(0);
        Comparison comparison = Comparison.of(request.loader().load(), DiffOptions.DEFAULT);
        viewModel.open(second, "Two", false);
        int shownBefore = shown.size();

        var saved = request.mergeTarget().save(Merge.apply(comparison, MergeChoices.allAccepted())).toCompletableFuture();

        assertThat(saved).isCompletedExceptionally();
        assertThat(shown).hasSize(shownBefore);
        assertThat(viewModel.conflict().shownProperty().get()).isFalse();
    }
}
