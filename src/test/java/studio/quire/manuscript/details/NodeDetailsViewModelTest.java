package studio.quire.manuscript.details;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.SameThreadTaskExecutor;

import java.util.List;
import java.util.Map;

import studio.quire.manuscript.tree.ManuscriptTreeViewModel;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.ContentType;
import studio.quire.manuscript.TreeFixture;
import studio.quire.manuscript.NodeStatus;
import static org.assertj.core.api.Assertions.assertThat;

/** The node inspector's view model against the real database. */
class NodeDetailsViewModelTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static ManuscriptTreeRepository tree;
    private static NodeDetailsRepository details;
    private static NodeDetailsRepository someoneElse;
    private TreeFixture f;
    private NodeDetailsViewModel vm;

    @BeforeAll
    static void organization() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Inspector");
        tree = new ManuscriptTreeRepository(db.open(db.as(org.writer())).dsl());
        details = new NodeDetailsRepository(db.open(db.as(org.writer())).dsl());
        someoneElse = new NodeDetailsRepository(db.open(db.as(org.consultant())).dsl());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void book() {
        f = new TreeFixture(db, org, tree, 1, 2);
        vm = new NodeDetailsViewModel(details, true, new SameThreadTaskExecutor());
        vm.show(f.chapters.get(0).id());
    }

    @Test
    void show_fillsTheFields_andSaveWithoutEditsWritesNothing() {
        assertThat(vm.titleProperty().get()).isEqualTo("Chapter 0");
        assertThat(vm.statusProperty().get()).isEqualTo(NodeStatus.DRAFT);
        assertThat(vm.editableProperty().get()).isTrue();
        vm.save();
        assertThat(details.load(f.chapters.get(0).id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void save_writesEveryEditedField() {
        vm.titleProperty().set("The storm");
        vm.statusProperty().set(NodeStatus.DISCARDED);
        vm.tagsProperty().set("weather, night ,");
        vm.keywordsProperty().set("rain\nthunder");
        vm.contentTypeProperty().set(ContentType.AUDIO);
        vm.addSnippetCommand().execute();
        vm.snippets().get(0).platformProperty().set("Bluesky");
        vm.snippets().get(0).textProperty().set("It rains.");
        vm.save();

        NodeDetails saved = details.load(f.chapters.get(0).id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("The storm");
        assertThat(saved.status()).isEqualTo(NodeStatus.DISCARDED);
        assertThat(saved.tags()).containsExactly("weather", "night");
        assertThat(saved.keywords()).containsExactly("rain", "thunder");
        assertThat(saved.contentType()).isEqualTo(ContentType.AUDIO);
        assertThat(saved.socialSnippets()).containsExactly(Map.entry("Bluesky", "It rains."));
        assertThat(vm.stateProperty().get()).isEqualTo("Saved.");
        assertThat(vm.hasUnsavedEdits()).isFalse();

        vm.notesProperty().set("second save at the new version");
        vm.save();
        assertThat(details.load(f.chapters.get(0).id()).orElseThrow().notes()).isEqualTo("second save at the new version");
    }

    @Test
    void save_afterSomeoneElseChangedTheNode_showsTheirVersion_andOverwritesNothing() {
        NodeDetails current = someoneElse.load(f.chapters.get(0).id()).orElseThrow();
        someoneElse.save(new NodeDetails(current.id(), current.kind(), current.version(), "Their title", current.status(),
                "Their synopsis", "", List.of(), ContentType.TEXT, List.of(), Map.of()));

        vm.synopsisProperty().set("My synopsis");
        vm.save();

        assertThat(vm.stateProperty().get()).isEqualTo(NodeDetailsViewModel.CONFLICT);
        assertThat(vm.titleProperty().get()).isEqualTo("Their title");
        assertThat(vm.synopsisProperty().get()).isEqualTo("Their synopsis");
        assertThat(details.load(f.chapters.get(0).id()).orElseThrow().synopsis()).isEqualTo("Their synopsis");
    }

    @Test
    void blankTitle_isNotSaved_andSaysWhy() {
        vm.titleProperty().set("  ");
        vm.save();
        assertThat(vm.stateProperty().get()).isEqualTo("A title cannot be empty.");
        assertThat(details.load(f.chapters.get(0).id()).orElseThrow().title()).isEqualTo("Chapter 0");
    }

    @Test
    void titleLongerThanTheDatabaseTakes_isNotSaved_andSaysTheLimit() {
        vm.titleProperty().set("x".repeat(5_000));
        vm.notesProperty().set("not sent either");
        vm.save();

        assertThat(vm.stateProperty().get()).isEqualTo("A title can be at most 300 characters (this one has 5,000).");
        NodeDetails stored = details.load(f.chapters.get(0).id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Chapter 0");
        assertThat(stored.notes()).isEmpty();
        assertThat(vm.hasUnsavedEdits()).isTrue();
    }

    @Test
    void follow_showsTheSelectedNode_andSavesTheLastEditsWhenTheSelectionMoves() {
        ManuscriptTreeViewModel treeVm = new ManuscriptTreeViewModel(tree, f.project, true, new SameThreadTaskExecutor());
        treeVm.load();
        NodeDetailsViewModel inspector = new NodeDetailsViewModel(details, true, new SameThreadTaskExecutor());
        inspector.follow(treeVm.selectedProperty());
        assertThat(inspector.shownProperty().get()).isFalse();

        treeVm.selectedProperty().set(treeVm.node(f.sections.get(0).get(0).id()).orElseThrow());
        assertThat(inspector.titleProperty().get()).isEqualTo("Section 0.0");
        inspector.notesProperty().set("left behind");
        treeVm.selectedProperty().set(treeVm.node(f.sections.get(0).get(1).id()).orElseThrow());

        assertThat(inspector.titleProperty().get()).isEqualTo("Section 0.1");
        assertThat(details.load(f.sections.get(0).get(0).id()).orElseThrow().notes()).isEqualTo("left behind");
    }

    @Test
    void readOnlyRole_seesTheDetailsButCannotEdit() {
        NodeDetailsViewModel readOnly = new NodeDetailsViewModel(
                new NodeDetailsRepository(db.open(db.as(org.editor())).dsl()), false, new SameThreadTaskExecutor());
        readOnly.show(f.book.id());
        assertThat(readOnly.titleProperty().get()).isEqualTo("The book");
        assertThat(readOnly.editableProperty().get()).isFalse();
        assertThat(readOnly.addSnippetCommand().isExecutable()).isFalse();
        readOnly.titleProperty().set("Not mine");
        readOnly.save();
        assertThat(details.load(f.book.id()).orElseThrow().title()).isEqualTo("The book");
    }
}
