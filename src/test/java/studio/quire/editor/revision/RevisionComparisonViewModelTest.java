package studio.quire.editor.revision;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.compare.Change;
import studio.quire.compare.ComparedText;
import studio.quire.compare.Comparison;
import studio.quire.compare.ComparisonRequest;
import studio.quire.compare.Merge;
import studio.quire.compare.MergeChoices;
import studio.quire.diff.DiffOptions;
import studio.quire.text.RevisionKind;
import studio.quire.text.MarkdownFormat;
import studio.quire.editor.store.SaveStatus;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.SameThreadTaskExecutor;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Comparing chosen revisions and merging back, through the inspector as the studio wires it. */
class RevisionComparisonViewModelTest {
    private static TestDatabase db;
    private static RevisionFixture f;
    private static RevisionRepository writerRepository;
    private final RecordingStore store = new RecordingStore();
    private final List<String> restored = new ArrayList<>();
    private RevisionListViewModel list;
    private RevisionComparisonViewModel comparisonViewModel;
    private UUID section;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        f = new RevisionFixture(db, "Comparisons");
        writerRepository = new RevisionRepository(f.writerDsl);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void setUp() {
        section = f.newSection();
        RevisionsViewModel revisions = new RevisionsViewModel(writerRepository, store, new SameThreadTaskExecutor(),
                restored::add, true, Clock.system(ZoneOffset.UTC));
        list = revisions.list();
        comparisonViewModel = revisions.comparison();
    }

    private RevisionsViewModel editor() {
        return new RevisionsViewModel(new RevisionRepository(f.editorDsl), store, new SameThreadTaskExecutor(),
                restored::add, false, Clock.system(ZoneOffset.UTC));
    }

    @Test
    void compare_oneRevision_againstTheCurrentTextAfterSaving() throws Exception {
        List<ComparisonRequest> requests = new ArrayList<>();
        comparisonViewModel.setOnCompare(requests::add);
        f.save(section, "The cat sat on the mat.\n");
        writerRepository.keepNamed(section, "First");
        f.save(section, "The dog sat on the mat.\n");
        list.showSection(section);
        assertThat(comparisonViewModel.compareCommand().isExecutable()).isFalse();

        list.chosenRows().setAll(list.rows().get(0));
        comparisonViewModel.compareCommand().execute();

        ComparisonRequest request = requests.get(0);
        assertThat(request.olderLabel()).startsWith("Named revision of ").endsWith("“First”");
        assertThat(request.newerLabel()).isEqualTo("Current text");
        assertThat(request.mergeable()).isTrue();
        List<ComparedText> texts = request.loader().load();
        assertThat(store.flushed).containsExactly(section);
        Comparison comparison = Comparison.of(texts, DiffOptions.DEFAULT);
        assertThat(comparison.changes()).singleElement().extracting(Change::olderText, Change::newerText)
                .containsExactly("cat", "dog");
    }

    @Test
    void compare_twoRevisions_theEarlierIsTheOlderSide_whicheverWasChosenFirst() throws Exception {
        List<ComparisonRequest> requests = new ArrayList<>();
        comparisonViewModel.setOnCompare(requests::add);
        f.save(section, "One.\n");
        writerRepository.keepNamed(section, "Early");
        f.save(section, "One. Two.\n");
        writerRepository.keepNamed(section, "Late");
        list.showSection(section);

        list.chosenRows().setAll(list.rows().get(0), list.rows().get(1));
        assertThat(list.restoreCommand().isExecutable()).as("restore wants a single revision").isFalse();
        comparisonViewModel.compareCommand().execute();

        ComparisonRequest request = requests.get(0);
        assertThat(request.olderLabel()).endsWith("“Early”");
        assertThat(request.newerLabel()).endsWith("“Late”");
        List<ComparedText> texts = request.loader().load();
        assertThat(MarkdownFormat.write(texts.get(0).older())).isEqualTo("One.\n");
        assertThat(MarkdownFormat.write(texts.get(0).newer())).isEqualTo("One. Two.\n");
        assertThat(store.flushed).as("two revisions need no save").isEmpty();
    }

    @Test
    void compare_currentTextNotSavedYet_failsToLoadWithAClearMessage() {
        List<ComparisonRequest> requests = new ArrayList<>();
        comparisonViewModel.setOnCompare(requests::add);
        f.save(section, "Text.\n");
        writerRepository.keepNamed(section, "First");
        list.showSection(section);
        store.status = SaveStatus.SAVED_LOCALLY;
        list.chosenRows().setAll(list.rows().get(0));
        comparisonViewModel.compareCommand().execute();

        assertThatThrownBy(() -> requests.get(0).loader().load())
                .hasMessageStartingWith("The newest text is not in the database yet");
    }

    @Test
    void merge_keepsTheCurrentText_givesTheMergeToTheEditor_andRecordsItAsARevision() throws Exception {
        ComparisonRequest request = firstAgainstCurrent("The cat sat on the mat. It slept.\n",
                "The dog sat on the rug. It slept.\n");
        Comparison comparison = Comparison.of(request.loader().load(), DiffOptions.DEFAULT);
        assertThat(comparison.changes()).hasSize(2);

        assertThat(request.mergeTarget().save(Merge.apply(comparison, MergeChoices.allAccepted().with(0, false)))
                .toCompletableFuture()).isCompleted();

        assertThat(restored).containsExactly("The cat sat on the rug. It slept.\n");
        assertThat(list.rows()).extracting(r -> r.entry().kind())
                .containsExactly(RevisionKind.RESTORED, RevisionKind.NAMED, RevisionKind.NAMED);
        assertThat(list.rows().get(0).name()).startsWith("Merged: Named revision of ").endsWith("and Current text");
        assertThat(list.rows().get(1).name()).isEqualTo("Before merging");
        assertThat(writerRepository.body(list.rows().get(0).entry().id())).contains("The cat sat on the rug. It slept.\n");
        assertThat(list.messageProperty().get()).startsWith("Saved the merged text as a new revision");
    }

    @Test
    void merge_refused_whenAnotherSectionIsOpen_orTheNewestTextIsNotSaved() throws Exception {
        ComparisonRequest request = firstAgainstCurrent("The cat sat.\n", "The dog sat.\n");
        var merged = Merge.apply(Comparison.of(request.loader().load(), DiffOptions.DEFAULT), MergeChoices.allAccepted());

        store.status = SaveStatus.SAVED_LOCALLY;
        var offline = request.mergeTarget().save(merged).toCompletableFuture();
        assertThatThrownBy(offline::join).hasMessageContaining("The newest text is not in the database yet");

        store.status = SaveStatus.SAVED;
        list.showSection(f.newSection());
        var elsewhere = request.mergeTarget().save(merged).toCompletableFuture();
        assertThatThrownBy(elsewhere::join).hasMessageContaining("Another section is open now");
        assertThat(restored).isEmpty();
        assertThat(writerRepository.list(section)).extracting(RevisionEntry::name).containsExactly("First");
    }

    /** Keeps {@code first} as the named revision "First", saves {@code current}, and compares the two. */
    private ComparisonRequest firstAgainstCurrent(String first, String current) {
        List<ComparisonRequest> requests = new ArrayList<>();
        comparisonViewModel.setOnCompare(requests::add);
        f.save(section, first);
        writerRepository.keepNamed(section, "First");
        f.save(section, current);
        list.showSection(section);
        list.chosenRows().setAll(list.rows().get(0));
        comparisonViewModel.compareCommand().execute();
        return requests.get(0);
    }

    @Test
    void compare_byAnEditor_isForReadingOnly() {
        List<ComparisonRequest> requests = new ArrayList<>();
        f.save(section, "Text.\n");
        writerRepository.keepNamed(section, "First");
        RevisionsViewModel reader = editor();
        reader.setOnCompare(requests::add);
        reader.showSection(section);
        reader.list().chosenRows().setAll(reader.list().rows().get(0));

        reader.comparison().compareCommand().execute();

        assertThat(requests).singleElement().satisfies(r -> assertThat(r.mergeable()).isFalse());
    }
}
