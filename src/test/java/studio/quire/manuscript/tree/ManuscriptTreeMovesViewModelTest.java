package studio.quire.manuscript.tree;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.SameThreadTaskExecutor;

import java.util.Arrays;
import java.util.List;

import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.TreeNode;
import studio.quire.manuscript.TrashedNode;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.TreeFixture;
import static org.assertj.core.api.Assertions.assertThat;

/** Multi-select, drag and drop, parts and the trash list of the binder's view model, against the real database. */
class ManuscriptTreeMovesViewModelTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static ManuscriptTreeRepository writerTree;
    private static DSLContext owner;
    private TreeFixture f;
    private ManuscriptTreeViewModel vm;

    @BeforeAll
    static void organization() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Binder moves");
        writerTree = new ManuscriptTreeRepository(db.open(db.as(org.writer())).dsl());
        owner = db.openOwner().dsl();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void book() {
        f = new TreeFixture(db, org, writerTree, 2, 3);
        vm = new ManuscriptTreeViewModel(writerTree, f.project, true, new SameThreadTaskExecutor());
        vm.load();
    }

    private ManuscriptNodeViewModel n(TreeNode node) {
        return vm.node(node.id()).orElseThrow();
    }

    /** Selects several rows, the last one leading, as Ctrl+click does. */
    private void selectAll(TreeNode... nodes) {
        List<ManuscriptNodeViewModel> all = Arrays.stream(nodes).map(this::n).toList();
        vm.selection().setAll(all);
        vm.selectedProperty().set(all.get(all.size() - 1));
    }

    private List<String> titlesOf(TreeNode parent) {
        return n(parent).children().stream().map(c -> c.titleProperty().get()).toList();
    }

    private List<String> selectedTitles() {
        return vm.selection().stream().map(c -> c.titleProperty().get()).toList();
    }

    @Test
    void moveDown_ofTwoSelectedSiblings_movesThemAsABlock_andKeepsThemSelected() {
        selectAll(f.sections.get(0).get(0), f.sections.get(0).get(1));
        vm.moveDownCommand().execute();

        assertThat(titlesOf(f.chapters.get(0))).containsExactly("Section 0.2", "Section 0.0", "Section 0.1");
        assertThat(selectedTitles()).containsExactlyInAnyOrder("Section 0.0", "Section 0.1");
        assertThat(vm.selectedProperty().get().titleProperty().get()).isEqualTo("Section 0.1");
        assertThat(vm.moveDownCommand().isExecutable()).isFalse();
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void selectionAcrossParents_cannotMoveUpOrIndent_andSaysWhy() {
        selectAll(f.sections.get(0).get(1), f.sections.get(1).get(1));

        assertThat(vm.moveUpCommand().isExecutable()).isFalse();
        assertThat(vm.moveDownCommand().isExecutable()).isFalse();
        assertThat(vm.outdentCommand().isExecutable()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo(TreeSelection.MIXED_PARENTS);
        assertThat(vm.trashCommand().isExecutable()).isTrue();
    }

    @Test
    void trash_ofASelectionAcrossParents_trashesAll_undoPutsEachBackInPlace() {
        selectAll(f.sections.get(0).get(1), f.sections.get(1).get(0));
        vm.trashCommand().execute();

        assertThat(titlesOf(f.chapters.get(0))).containsExactly("Section 0.0", "Section 0.2");
        assertThat(titlesOf(f.chapters.get(1))).containsExactly("Section 1.1", "Section 1.2");
        assertThat(vm.trash().items()).extracting(TrashedNode::title).containsExactlyInAnyOrder("Section 0.1", "Section 1.0");
        assertThat(vm.trash().labelProperty().get()).isEqualTo("Trash (2)");

        vm.undoCommand().execute();
        assertThat(titlesOf(f.chapters.get(0))).containsExactly("Section 0.0", "Section 0.1", "Section 0.2");
        assertThat(titlesOf(f.chapters.get(1))).containsExactly("Section 1.0", "Section 1.1", "Section 1.2");
        assertThat(vm.trash().items()).isEmpty();
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void drop_sectionOntoAnotherChapter_movesItThere_selectsIt_andUndoMovesItBack() {
        ManuscriptNodeViewModel section = n(f.sections.get(0).get(1));
        vm.selectedProperty().set(section);
        List<ManuscriptNodeViewModel> dragged = vm.draggedWith(section);
        assertThat(vm.canDrop(dragged, n(f.chapters.get(1)), TreeDrop.Zone.INTO)).isTrue();

        vm.drop(dragged, n(f.chapters.get(1)), TreeDrop.Zone.INTO);
        assertThat(titlesOf(f.chapters.get(0))).containsExactly("Section 0.0", "Section 0.2");
        assertThat(titlesOf(f.chapters.get(1))).containsExactly("Section 1.0", "Section 1.1", "Section 1.2", "Section 0.1");
        assertThat(vm.selectedProperty().get()).isSameAs(section);
        assertThat(section.parent()).isSameAs(n(f.chapters.get(1)));
        assertThat(n(f.chapters.get(1)).wordCountProperty().get()).isEqualTo(20 + 21 + 22 + 11);
        assertThat(vm.undoLabelProperty().get()).isEqualTo("Undo move");

        vm.undoCommand().execute();
        assertThat(titlesOf(f.chapters.get(0))).containsExactly("Section 0.0", "Section 0.1", "Section 0.2");
        assertThat(TreeFixture.titlesUnder(owner, f.chapters.get(1).id())).containsExactly("Section 1.0", "Section 1.1", "Section 1.2");
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void drop_ofTheSelection_movesEverySelectedNodeBeforeTheTarget() {
        selectAll(f.sections.get(0).get(0), f.sections.get(1).get(2));
        List<ManuscriptNodeViewModel> dragged = vm.draggedWith(n(f.sections.get(1).get(2)));
        assertThat(dragged).hasSize(2);

        vm.drop(dragged, n(f.sections.get(1).get(0)), TreeDrop.Zone.BEFORE);
        assertThat(titlesOf(f.chapters.get(1))).containsExactly("Section 0.0", "Section 1.2", "Section 1.0", "Section 1.1");
        assertThat(selectedTitles()).containsExactlyInAnyOrder("Section 0.0", "Section 1.2");
    }

    @Test
    void drop_whereTheHierarchyForbids_movesNothing_andSaysWhy() {
        List<ManuscriptNodeViewModel> dragged = vm.draggedWith(n(f.sections.get(0).get(0)));
        assertThat(vm.canDrop(dragged, n(f.sections.get(1).get(0)), TreeDrop.Zone.INTO)).isFalse();

        vm.drop(dragged, n(f.sections.get(1).get(0)), TreeDrop.Zone.INTO);
        assertThat(vm.messageProperty().get()).isEqualTo("A section cannot hold a section.");
        assertThat(TreeFixture.titlesUnder(owner, f.chapters.get(0).id())).hasSize(3);
    }

    @Test
    void newPart_inTheBook_thenAChapterAfterItIndentsIntoIt() {
        vm.selectedProperty().set(n(f.book));
        assertThat(vm.newPartCommand().isExecutable()).isTrue();
        vm.newPartCommand().execute();
        ManuscriptNodeViewModel part = vm.selectedProperty().get();
        assertThat(part.kindProperty().get()).isEqualTo(NodeKind.PART);
        assertThat(titlesOf(f.book)).containsExactly("Chapter 0", "Chapter 1", "New part");

        vm.selectedProperty().set(n(f.chapters.get(0)));
        vm.newPartCommand().execute();
        assertThat(titlesOf(f.book)).containsExactly("Chapter 0", "New part", "Chapter 1", "New part");
        vm.selectedProperty().set(n(f.chapters.get(1)));
        vm.indentCommand().execute();
        assertThat(n(f.chapters.get(1)).parent().kindProperty().get()).isEqualTo(NodeKind.PART);

        vm.selectedProperty().set(n(f.sections.get(0).get(0)));
        assertThat(vm.newPartCommand().isExecutable()).isFalse();
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void trashList_restoresTheChosenEntry() {
        vm.selectedProperty().set(n(f.chapters.get(0)));
        vm.trashCommand().execute();
        assertThat(vm.trash().items()).extracting(TrashedNode::title).containsExactly("Chapter 0");
        assertThat(vm.trash().restoreCommand().isExecutable()).isFalse();

        vm.trash().selectedProperty().set(vm.trash().items().get(0));
        vm.trash().restoreCommand().execute();
        assertThat(titlesOf(f.book)).containsExactly("Chapter 1", "Chapter 0");
        assertThat(titlesOf(f.chapters.get(0))).containsExactly("Section 0.0", "Section 0.1", "Section 0.2");
        assertThat(vm.selectedProperty().get().titleProperty().get()).isEqualTo("Chapter 0");
        assertThat(vm.trash().items()).isEmpty();
    }
}
