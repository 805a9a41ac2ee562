package studio.quire.editor.revision;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.text.RevisionKind;
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

class RevisionListViewModelTest {
    private static TestDatabase db;
    private static RevisionFixture f;
    private static RevisionRepository writerRepository;
    private final RecordingStore store = new RecordingStore();
    private final List<String> restored = new ArrayList<>();
    private final List<OpenedRevision> opened = new ArrayList<>();
    private RevisionListViewModel viewModel;
    private UUID section;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        f = new RevisionFixture(db, "Inspector");
        writerRepository = new RevisionRepository(f.writerDsl);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void setUp() {
        section = f.newSection();
        viewModel = writer();
        viewModel.setOnOpened(opened::add);
    }

    private RevisionListViewModel writer() {
        return new RevisionListViewModel(writerRepository, store, new SameThreadTaskExecutor(), restored::add, true,
                Clock.system(ZoneOffset.UTC));
    }

    private RevisionListViewModel editor() {
        return new RevisionListViewModel(new RevisionRepository(f.editorDsl), store, new SameThreadTaskExecutor(),
                restored::add, false, Clock.system(ZoneOffset.UTC));
    }

    @Test
    void showSection_listsNewestFirst_inWords() {
        f.save(section, "A dark night.\n");
        writerRepository.keepAutomatic(section);
        f.save(section, "A dark and stormy night.\n");
        writerRepository.keepNamed(section, "Stormy");

        viewModel.showSection(section);

        assertThat(viewModel.rows()).hasSize(2);
        RevisionRow first = viewModel.rows().get(0);
        assertThat(first.kind()).isEqualTo("Named");
        assertThat(first.name()).isEqualTo("Stormy");
        assertThat(first.changes()).isEqualTo("+2 \u22120");
        assertThat(first.author()).startsWith("Writer ");
        assertThat(first.time()).matches("(Today|Yesterday), \\d\\d:\\d\\d");
        assertThat(first.kindStyleClass()).isEqualTo("kind-named");
        assertThat(viewModel.rows().get(1).kind()).isEqualTo("Automatic");
        assertThat(viewModel.emptyTextProperty().get()).isEmpty();
    }

    @Test
    void showSection_withoutRevisions_saysHowToGetOne_andNothingOpen_saysSo() {
        assertThat(viewModel.emptyTextProperty().get()).isEqualTo(RevisionListViewModel.NO_SECTION);
        viewModel.showSection(section);
        assertThat(viewModel.emptyTextProperty().get()).isEqualTo(RevisionListViewModel.EMPTY_WRITER);
        assertThat(viewModel.namedRevisionCommand().isExecutable()).isTrue();

        viewModel.showSection(null);
        assertThat(viewModel.emptyTextProperty().get()).isEqualTo(RevisionListViewModel.NO_SECTION);
        assertThat(viewModel.namedRevisionCommand().isExecutable()).isFalse();
    }

    @Test
    void keepNamedRevision_flushesFirst_andListsTheNamedRevision() {
        f.save(section, "The newest text.\n");
        viewModel.showSection(section);

        viewModel.keepNamedRevision("  Before the rewrite ");

        assertThat(store.flushed).containsExactly(section);
        assertThat(viewModel.rows()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Before the rewrite");
            assertThat(r.isKind(RevisionKind.NAMED)).isTrue();
        });
        assertThat(viewModel.messageProperty().get()).isEqualTo("Kept the named revision “Before the rewrite”.");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void keepNamedRevision_whileTheTextIsOnlyOnThisComputer_isRefusedWithAMessage() {
        viewModel.showSection(section);
        store.status = SaveStatus.SAVED_LOCALLY;

        viewModel.keepNamedRevision("Offline");

        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.messageProperty().get()).startsWith("The newest text is not in the database yet");
    }

    @Test
    void nameProblem_wantsOneTo200Characters() {
        assertThat(viewModel.nameProblem("  ")).contains("A named revision needs a name.");
        assertThat(viewModel.nameProblem("x".repeat(201))).isPresent();
        assertThat(viewModel.nameProblem("Draft 2")).isEmpty();
    }

    @Test
    void restore_keepsTheCurrentText_givesTheOldTextToTheEditor_andRecordsARestoredRevision() {
        f.save(section, "The first version.\n");
        RevisionEntry old = writerRepository.keepNamed(section, "First");
        f.save(section, "A rewrite that did not work.\n");
        viewModel.showSection(section);
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        assertThat(viewModel.restoreQuestion()).startsWith("Restore the text of ");

        viewModel.restoreCommand().execute();

        assertThat(restored).containsExactly("The first version.\n");
        assertThat(viewModel.rows()).extracting(r -> r.entry().kind())
                .containsExactly(RevisionKind.RESTORED, RevisionKind.NAMED, RevisionKind.NAMED);
        assertThat(viewModel.rows().get(0).name()).startsWith("Restored from ");
        assertThat(viewModel.rows().get(1).name()).startsWith("Before restoring ");
        assertThat(writerRepository.body(viewModel.rows().get(1).entry().id())).contains("A rewrite that did not work.\n");
        assertThat(writerRepository.body(viewModel.rows().get(0).entry().id())).contains("The first version.\n");
        assertThat(viewModel.rows().get(2).entry().id()).isEqualTo(old.id());
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void open_givesTheRevisionsTextToTheView() {
        f.save(section, "Read me.\n");
        writerRepository.keepNamed(section, "Readable");
        viewModel.showSection(section);
        viewModel.selectedProperty().set(viewModel.rows().get(0));

        viewModel.openCommand().execute();

        assertThat(opened).singleElement().satisfies(o -> {
            assertThat(o.markdown()).isEqualTo("Read me.\n");
            assertThat(o.title()).startsWith("Revision of ").endsWith("Named “Readable”");
        });
    }

    @Test
    void editor_listsAndOpens_butCannotRestoreOrKeepANamedRevision() {
        f.save(section, "Text.\n");
        writerRepository.keepNamed(section, "Kept");
        RevisionListViewModel editor = editor();
        editor.setOnOpened(opened::add);

        editor.showSection(section);
        editor.selectedProperty().set(editor.rows().get(0));
        editor.openCommand().execute();
        editor.restoreCommand().execute();
        editor.keepNamedRevision("Mine");

        assertThat(opened).hasSize(1);
        assertThat(restored).isEmpty();
        assertThat(editor.restoreCommand().isExecutable()).isFalse();
        assertThat(editor.namedRevisionCommand().isExecutable()).isFalse();
        assertThat(editor.rows()).hasSize(1);
    }

    @Test
    void editor_emptyState_doesNotOfferNamedRevisions() {
        RevisionListViewModel editor = editor();
        editor.showSection(section);

        assertThat(editor.emptyTextProperty().get()).isEqualTo(RevisionListViewModel.EMPTY_READER);
    }

    @Test
    void revisionsChanged_reloadsOnlyTheShownSection() {
        viewModel.showSection(section);
        f.save(section, "Kept elsewhere.\n");
        writerRepository.keepAutomatic(section);

        viewModel.revisionsChanged(UUID.randomUUID());
        assertThat(viewModel.rows()).isEmpty();

        viewModel.revisionsChanged(section);
        assertThat(viewModel.rows()).hasSize(1);
    }
}
