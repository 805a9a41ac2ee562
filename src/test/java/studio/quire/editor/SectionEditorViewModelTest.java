package studio.quire.editor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.editor.view.StyledText;
import studio.quire.ui.SameThreadTaskExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.store.RecordingSectionStore;
import static org.assertj.core.api.Assertions.assertThat;

class SectionEditorViewModelTest {
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final RecordingSectionStore store = new RecordingSectionStore();
    private final List<String> namedRevisions = new ArrayList<>();
    private final List<DocumentLoad> shown = new ArrayList<>();
    private SectionEditorViewModel viewModel;

    @BeforeEach
    void setUp() {
        store.put(first, "First *text* here.\n").put(second, "# Second\n");
        viewModel = new SectionEditorViewModel(store, (id, name) -> namedRevisions.add(id + " " + name),
                StyledText::of, new SameThreadTaskExecutor());
        viewModel.setDocumentSink(shown::add);
    }

    @Test
    void open_showsTheStoredTextFormatted_andCountsIt() {
        viewModel.open(first, "One", false);

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).mode()).isEqualTo(DocumentLoad.Mode.OPEN);
        assertThat(shown.get(0).text().plainText()).isEqualTo("First text here.");
        assertThat(viewModel.countsProperty().get()).isEqualTo("3 words · 16 characters");
        assertThat(viewModel.editableProperty().get()).isTrue();
        assertThat(viewModel.emptyTextProperty().get()).isEmpty();
    }

    @Test
    void open_flushesThePreviousSectionFirst_whenASecondSectionOpens() {
        viewModel.open(first, "One", false);
        viewModel.open(second, "Two", false);

        assertThat(store.calls()).containsExactly("open " + first, "flush " + first, "open " + second);
    }

    @Test
    void open_handsOverHeldBackEdits_beforeFlushing() {
        viewModel.open(first, "One", false);
        viewModel.setPendingEditsFlusher(() -> viewModel.textChanged(styled("Typed just now.\n")));

        viewModel.open(second, "Two", false);

        assertThat(store.calls()).containsExactly("open " + first, "edited " + first, "flush " + first,
                "open " + second);
        assertThat(store.text(first)).isEqualTo("Typed just now.\n");
    }

    @Test
    void open_saysTheTextWasRecovered_whenItCameFromTheJournal() {
        store.putFromJournal(first, "Recovered.\n");

        viewModel.open(first, "One", false);

        assertThat(viewModel.messageProperty().get()).isEqualTo(SectionEditorViewModel.RECOVERED);
    }

    @Test
    void open_isNotEditable_inReadOnlyMode() {
        viewModel.open(first, "One", true);
        viewModel.textChanged(styled("Changed.\n"));

        assertThat(viewModel.editableProperty().get()).isFalse();
        assertThat(store.calls()).doesNotContain("edited " + first);
    }

    @Test
    void textChanged_handsTheStoredFormatToTheStore() {
        viewModel.open(first, "One", false);

        viewModel.textChanged(styled("Some **bold** words.\n"));

        assertThat(store.text(first)).isEqualTo("Some **bold** words.\n");
        assertThat(viewModel.countsProperty().get()).isEqualTo("3 words · 16 characters");
    }

    @Test
    void selectionChanged_countsTheSelection() {
        viewModel.open(first, "One", false);

        viewModel.selectionChanged(styled("one two three four\n"), 4, 13);

        assertThat(viewModel.countsProperty().get()).isEqualTo("2 of 4 words selected");
    }

    @Test
    void showNothing_showsTheReason_andFlushesTheOpenSection() {
        viewModel.open(first, "One", false);

        viewModel.showNothing(SectionEditorViewModel.CONTAINER_SELECTED);

        assertThat(viewModel.emptyTextProperty().get()).isEqualTo(SectionEditorViewModel.CONTAINER_SELECTED);
        assertThat(viewModel.editableProperty().get()).isFalse();
        assertThat(store.calls()).endsWith("flush " + first);
    }

    @Test
    void constructor_showsNothingSelected_beforeAnySectionIsOpen() {
        assertThat(viewModel.emptyTextProperty().get()).isEqualTo(SectionEditorViewModel.NOTHING_SELECTED);
        assertThat(viewModel.editableProperty().get()).isFalse();
    }

    @Test
    void statusChanged_showsTheLabelAndDetail_forTheOpenSectionOnly() {
        viewModel.open(first, "One", false);

        store.reportStatus(second, SaveStatus.REFUSED, "Other section");
        assertThat(viewModel.saveStatusProperty().get()).isEmpty();
        store.reportStatus(first, SaveStatus.SAVED_LOCALLY, "The server cannot be reached.");

        assertThat(viewModel.saveStatusProperty().get()).isEqualTo("Saved on this computer");
        assertThat(viewModel.saveDetailProperty().get()).isEqualTo("The server cannot be reached.");
    }

    @Test
    void conflict_showsTheirTextAndTheBanner() {
        viewModel.open(first, "One", false);

        store.reportConflict(first, "Mine.\n", "Theirs.\n");

        assertThat(viewModel.conflict().shownProperty().get()).isTrue();
        assertThat(shown.get(shown.size() - 1).mode()).isEqualTo(DocumentLoad.Mode.OPEN);
        assertThat(shown.get(shown.size() - 1).text().plainText()).isEqualTo("Theirs.");
        // Opened again through the store, so the store knows the editor shows their text now.
        assertThat(store.calls()).endsWith("open " + first);
    }

    @Test
    void pastePlainText_insertsCleanParagraphs_andSaysWhatWasRemoved() {
        viewModel.open(first, "One", false);

        viewModel.pastePlainText("one\u0000\r\ntwo");

        DocumentLoad paste = shown.get(shown.size() - 1);
        assertThat(paste.mode()).isEqualTo(DocumentLoad.Mode.INSERT);
        assertThat(paste.text().plainText()).isEqualTo("one\ntwo");
        assertThat(viewModel.messageProperty().get()).isEqualTo(SectionEditorViewModel.PASTE_CLEANED);
    }

    @Test
    void pastePlainText_ofTwoMegabytes_tellsTheSectionAndItsWordsAsPasted() {
        List<String> pastes = new ArrayList<>();
        viewModel.setOnPasted((section, words) -> pastes.add(section + " " + words));
        viewModel.open(first, "One", false);
        String paragraph = "A paragraph of someone else's prose, eleven words long and done.\n\n";
        String twoMegabytes = paragraph.repeat(2_000_000 / paragraph.length() + 1);
        int words = 11 * (2_000_000 / paragraph.length() + 1);

        viewModel.pastePlainText(twoMegabytes);

        assertThat(twoMegabytes.length()).isGreaterThanOrEqualTo(2_000_000);
        assertThat(pastes).containsExactly(first + " " + words);
    }

    @Test
    void pastePlainText_saysNothing_whenOnlyLineBreaksChanged() {
        viewModel.open(first, "One", false);

        viewModel.pastePlainText("one\r\ntwo");

        assertThat(viewModel.messageProperty().get()).isEmpty();
    }

    @Test
    void toggleFocusMode_flipsFocusMode() {
        viewModel.toggleFocusMode();
        assertThat(viewModel.focusModeProperty().get()).isTrue();
        viewModel.toggleFocusMode();
        assertThat(viewModel.focusModeProperty().get()).isFalse();
    }

    @Test
    void close_stopsListeningAndFlushes() {
        viewModel.open(first, "One", false);

        viewModel.close();

        assertThat(store.listenerCount()).isZero();
        assertThat(store.calls()).endsWith("flush " + first);
    }

    private static EditorText styled(String markdown) {
        return StyledText.fromMarkdown(markdown);
    }
}
