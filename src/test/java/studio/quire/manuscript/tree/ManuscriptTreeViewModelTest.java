package studio.quire.manuscript.tree;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.SameThreadTaskExecutor;

import java.util.List;
import java.util.UUID;

import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.TreeNode;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.TreeFixture;
import static org.assertj.core.api.Assertions.assertThat;

/** The binder's view model against the real database: a book of two chapters of two sections. */
class ManuscriptTreeViewModelTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static ManuscriptTreeRepository writerTree;
    private static DSLContext owner;
    private TreeFixture f;
    private ManuscriptTreeViewModel vm;

    @BeforeAll
    static void organization() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Binder");
        writerTree = new ManuscriptTreeRepository(db.open(db.as(org.writer())).dsl());
        owner = db.openOwner().dsl();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void book() {
        f = new TreeFixture(db, org, writerTree, 2, 2);
        vm = new ManuscriptTreeViewModel(writerTree, f.project, true, new SameThreadTaskExecutor());
        vm.load();
    }

    private ManuscriptNodeViewModel select(TreeNode node) {
        ManuscriptNodeViewModel n = vm.node(node.id()).orElseThrow();
        vm.selectedProperty().set(n);
        return n;
    }

    private static List<String> titles(List<ManuscriptNodeViewModel> nodes) {
        return nodes.stream().map(n -> n.titleProperty().get()).toList();
    }

    private ManuscriptNodeViewModel chapter(int c) {
        return vm.node(f.chapters.get(c).id()).orElseThrow();
    }

    @Test
    void load_buildsTheBookWithChaptersSectionsAndRolledUpCounts() {
        assertThat(titles(vm.roots())).containsExactly("The book");
        ManuscriptNodeViewModel book = vm.roots().get(0);
        assertThat(titles(book.children())).containsExactly("Chapter 0", "Chapter 1");
        assertThat(titles(book.children().get(1).children())).containsExactly("Section 1.0", "Section 1.1");
        // chapter c holds sections of 10(c+1)+s words
        assertThat(book.wordCountProperty().get()).isEqualTo(10 + 11 + 20 + 21);
        assertThat(book.children().get(0).displayTextProperty().get()).isEqualTo("Chapter 0 · 21 words");
        assertThat(book.children().get(0).parent()).isSameAs(book);
        assertThat(vm.emptyTextProperty().get()).isEmpty();
    }

    @Test
    void newSibling_addsTheSameKindRightAfterTheSelected_andSelectsIt() {
        select(f.sections.get(0).get(0));
        vm.newSiblingCommand().execute();

        assertThat(titles(chapter(0).children())).containsExactly("Section 0.0", "New section", "Section 0.1");
        assertThat(vm.selectedProperty().get().titleProperty().get()).isEqualTo("New section");
        assertThat(vm.selectedProperty().get().kindProperty().get()).isEqualTo(NodeKind.SECTION);
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void newChild_ofTheBookAddsAChapterAtTheEnd_ofAChapterASection_ofASectionNothing() {
        select(f.book);
        vm.newChildCommand().execute();
        assertThat(titles(vm.roots().get(0).children())).containsExactly("Chapter 0", "Chapter 1", "New chapter");

        select(f.chapters.get(0));
        vm.newChildCommand().execute();
        assertThat(titles(chapter(0).children())).containsExactly("Section 0.0", "Section 0.1", "New section");

        select(f.sections.get(0).get(0));
        assertThat(vm.newChildCommand().isExecutable()).isFalse();
        select(f.book);
        assertThat(vm.newSiblingCommand().isExecutable()).isFalse();
    }

    @Test
    void moveUpAndDown_reorderWithinTheParent_andFollowTheEnds() {
        ManuscriptNodeViewModel first = select(f.sections.get(1).get(0));
        assertThat(vm.moveUpCommand().isExecutable()).isFalse();
        vm.moveDownCommand().execute();
        assertThat(titles(chapter(1).children())).containsExactly("Section 1.1", "Section 1.0");
        assertThat(vm.selectedProperty().get()).isSameAs(first);
        assertThat(vm.moveDownCommand().isExecutable()).isFalse();

        vm.moveUpCommand().execute();
        assertThat(titles(chapter(1).children())).containsExactly("Section 1.0", "Section 1.1");
        assertThat(TreeFixture.titlesUnder(owner, f.chapters.get(1).id())).containsExactly("Section 1.0", "Section 1.1");
    }

    @Test
    void indentAndOutdent_moveAChapterIntoThePartBeforeIt_andBackOut() {
        writerTree.create(f.project, f.book.id(), NodeKind.PART, "Part one", 0);
        vm.load();
        ManuscriptNodeViewModel chapter = select(f.chapters.get(0));
        assertThat(vm.outdentCommand().isExecutable()).isFalse();

        vm.indentCommand().execute();
        ManuscriptNodeViewModel part = vm.roots().get(0).children().get(0);
        assertThat(titles(part.children())).containsExactly("Chapter 0");
        assertThat(titles(vm.roots().get(0).children())).containsExactly("Part one", "Chapter 1");
        assertThat(chapter.parent()).isSameAs(part);
        assertThat(vm.selectedProperty().get()).isSameAs(chapter);

        vm.outdentCommand().execute();
        assertThat(titles(vm.roots().get(0).children())).containsExactly("Part one", "Chapter 0", "Chapter 1");
        assertThat(part.children()).isEmpty();
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void indentAndOutdent_ofASection_areNotOffered_theHierarchyForbidsIt() {
        select(f.sections.get(0).get(1));
        assertThat(vm.indentCommand().isExecutable()).isFalse();
        assertThat(vm.outdentCommand().isExecutable()).isFalse();
    }

    @Test
    void trash_removesTheNodeAndSelectsItsNeighbour_undoBringsItBackInPlace() {
        select(f.sections.get(0).get(0));
        vm.trashCommand().execute();

        assertThat(titles(chapter(0).children())).containsExactly("Section 0.1");
        assertThat(vm.selectedProperty().get().titleProperty().get()).isEqualTo("Section 0.1");
        assertThat(chapter(0).wordCountProperty().get()).isEqualTo(11);
        assertThat(vm.undoLabelProperty().get()).isEqualTo("Undo trash");

        vm.undoCommand().execute();
        assertThat(titles(chapter(0).children())).containsExactly("Section 0.0", "Section 0.1");
        assertThat(vm.selectedProperty().get().titleProperty().get()).isEqualTo("Section 0.0");
        assertThat(vm.undoCommand().isExecutable()).isFalse();
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void rename_savesTheTitle_andABlankTitleIsAProblem() {
        ManuscriptNodeViewModel chapter = select(f.chapters.get(1));
        vm.rename("  The Return  ");

        assertThat(chapter.titleProperty().get()).isEqualTo("The Return");
        assertThat(vm.messageProperty().get()).contains("The Return");
        assertThat(vm.titleProblem("   ")).isPresent();
    }

    @Test
    void rename_toATitleLongerThanTheDatabaseTakes_isRefused_withTheLimit() {
        ManuscriptNodeViewModel chapter = select(f.chapters.get(1));
        String tooLong = "x".repeat(5_000);

        assertThat(vm.titleProblem(tooLong)).hasValue("A title can be at most 300 characters (this one has 5,000).");
        assertThat(vm.titleProblem("x".repeat(300))).isEmpty();
        vm.rename(tooLong);

        assertThat(chapter.titleProperty().get()).isEqualTo("Chapter 1");
        assertThat(TreeFixture.titlesUnder(owner, f.book.id())).containsExactly("Chapter 0", "Chapter 1");
    }

    @Test
    void editor_seesTheTreeButNoCommandIsExecutable() {
        ManuscriptTreeRepository editorTree = new ManuscriptTreeRepository(db.open(db.as(org.editor())).dsl());
        ManuscriptTreeViewModel readOnly = new ManuscriptTreeViewModel(editorTree, f.project, false, new SameThreadTaskExecutor());
        readOnly.load();
        assertThat(titles(readOnly.roots())).containsExactly("The book");
        readOnly.selectedProperty().set(readOnly.node(f.sections.get(0).get(0).id()).orElseThrow());

        assertThat(List.of(readOnly.newSiblingCommand(), readOnly.newChildCommand(), readOnly.renameCommand(),
                readOnly.moveDownCommand(), readOnly.trashCommand(), readOnly.undoCommand()))
                .noneMatch(c -> c.isExecutable());
    }

    @Test
    void refusalByTheDatabase_becomesTheMessage() {
        ManuscriptTreeRepository editorTree = new ManuscriptTreeRepository(db.open(db.as(org.editor())).dsl());
        // the view model trusts its caller here; the database still refuses the editor
        ManuscriptTreeViewModel mistaken = new ManuscriptTreeViewModel(editorTree, f.project, true, new SameThreadTaskExecutor());
        mistaken.load();
        mistaken.selectedProperty().set(mistaken.node(f.sections.get(0).get(0).id()).orElseThrow());
        mistaken.trashCommand().execute();

        assertThat(mistaken.messageProperty().get()).isNotBlank().doesNotContain("That did not work");
        assertThat(TreeFixture.titlesUnder(owner, f.chapters.get(0).id())).containsExactly("Section 0.0", "Section 0.1");
    }

    @Test
    void emptyProject_offersToStartTheBook() {
        UUID empty = new studio.quire.project.ProjectRepository(db.open(db.as(org.writer())).dsl())
                .create(org.id(), studio.quire.project.ProjectKind.BOOK, "Empty", "", null, null).id();
        ManuscriptTreeViewModel blank = new ManuscriptTreeViewModel(writerTree, empty, true, new SameThreadTaskExecutor());
        blank.load();
        assertThat(blank.emptyTextProperty().get()).contains("no manuscript yet");

        blank.newChildCommand().execute();
        assertThat(titles(blank.roots())).containsExactly("New book");
        assertThat(blank.emptyTextProperty().get()).isEmpty();
    }
}
