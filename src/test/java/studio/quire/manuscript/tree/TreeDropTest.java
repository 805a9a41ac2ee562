package studio.quire.manuscript.tree;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.NodeStatus;
import studio.quire.manuscript.Tree;
import studio.quire.manuscript.TreeNode;
import static org.assertj.core.api.Assertions.assertThat;

/** Where a drop lands, on a tree built in memory: book → part(chapter A) + chapter B(s0, s1, s2) + chapter C(t0). */
class TreeDropTest {
    private final ObservableList<ManuscriptNodeViewModel> roots = FXCollections.observableArrayList();
    private final List<TreeNode> rows = new ArrayList<>();
    private TreePatcher patcher;
    private UUID book;
    private UUID part;
    private UUID chapterA;
    private UUID chapterB;
    private UUID chapterC;
    private final List<UUID> sectionsB = new ArrayList<>();
    private UUID sectionC;

    @BeforeEach
    void tree() {
        book = add(null, NodeKind.BOOK, 0, "Book");
        part = add(book, NodeKind.PART, 0, "Part");
        chapterA = add(part, NodeKind.CHAPTER, 0, "A");
        chapterB = add(book, NodeKind.CHAPTER, 1, "B");
        chapterC = add(book, NodeKind.CHAPTER, 2, "C");
        for (int i = 0; i < 3; i++) {
            sectionsB.add(add(chapterB, NodeKind.SECTION, i, "s" + i));
        }
        sectionC = add(chapterC, NodeKind.SECTION, 0, "t0");
        patcher = new TreePatcher(roots);
        patcher.apply(Tree.of(rows));
    }

    private UUID add(UUID parent, NodeKind kind, int position, String title) {
        UUID id = UUID.randomUUID();
        rows.add(new TreeNode(id, parent, kind, position, title, NodeStatus.DRAFT, 0, 1));
        return id;
    }

    private ManuscriptNodeViewModel n(UUID id) {
        return patcher.node(id).orElseThrow();
    }

    private Optional<TreeMoves.Target> drop(List<UUID> dragged, UUID over, TreeDrop.Zone zone) {
        return TreeDrop.target(roots, dragged.stream().map(this::n).toList(), n(over), zone);
    }

    @Test
    void zoneOf_splitsARowInThirds() {
        assertThat(TreeDrop.Zone.of(2, 24)).isEqualTo(TreeDrop.Zone.BEFORE);
        assertThat(TreeDrop.Zone.of(12, 24)).isEqualTo(TreeDrop.Zone.INTO);
        assertThat(TreeDrop.Zone.of(22, 24)).isEqualTo(TreeDrop.Zone.AFTER);
    }

    @Test
    void target_sectionIntoAnotherChapter_landsAtItsEnd() {
        TreeMoves.Target t = drop(List.of(sectionsB.get(0)), chapterC, TreeDrop.Zone.INTO).orElseThrow();
        assertThat(t.parent()).isSameAs(n(chapterC));
        assertThat(t.position()).isEqualTo(1);
    }

    @Test
    void target_beforeAndAfterASectionOfAnotherChapter_areItsSiblingPlaces() {
        assertThat(drop(List.of(sectionsB.get(2)), sectionC, TreeDrop.Zone.BEFORE)).contains(new TreeMoves.Target(n(chapterC), 0));
        assertThat(drop(List.of(sectionsB.get(2)), sectionC, TreeDrop.Zone.AFTER)).contains(new TreeMoves.Target(n(chapterC), 1));
    }

    @Test
    void target_withinTheSameParent_countsAmongTheOtherSiblings() {
        // s0 after s2: the others are s1, s2; after s2 is position 2
        assertThat(drop(List.of(sectionsB.get(0)), sectionsB.get(2), TreeDrop.Zone.AFTER))
                .contains(new TreeMoves.Target(n(chapterB), 2));
        // s2 before s0: position 0
        assertThat(drop(List.of(sectionsB.get(2)), sectionsB.get(0), TreeDrop.Zone.BEFORE))
                .contains(new TreeMoves.Target(n(chapterB), 0));
    }

    @Test
    void target_whereTheNodesAlreadyStand_isNoMove() {
        assertThat(drop(List.of(sectionsB.get(1)), sectionsB.get(0), TreeDrop.Zone.AFTER)).isEmpty();
        assertThat(drop(List.of(sectionsB.get(1)), sectionsB.get(2), TreeDrop.Zone.BEFORE)).isEmpty();
        assertThat(drop(List.of(sectionsB.get(0), sectionsB.get(1)), sectionsB.get(2), TreeDrop.Zone.BEFORE)).isEmpty();
    }

    @Test
    void target_refusesWhatTheHierarchyForbids() {
        assertThat(drop(List.of(sectionsB.get(0)), sectionC, TreeDrop.Zone.INTO)).as("into a section").isEmpty();
        assertThat(drop(List.of(sectionsB.get(0)), chapterC, TreeDrop.Zone.AFTER)).as("beside a chapter").isEmpty();
        assertThat(drop(List.of(sectionsB.get(0)), part, TreeDrop.Zone.INTO)).as("into a part").isEmpty();
        assertThat(drop(List.of(chapterC), book, TreeDrop.Zone.BEFORE)).as("beside the book").isEmpty();
    }

    @Test
    void target_refusesANodeDroppedIntoItselfOrBelowItself() {
        assertThat(drop(List.of(chapterB), chapterB, TreeDrop.Zone.INTO)).isEmpty();
        assertThat(drop(List.of(part), chapterA, TreeDrop.Zone.AFTER)).isEmpty();
    }

    @Test
    void target_chapterIntoAPart_andAGroupOfSectionsAcrossChapters() {
        assertThat(drop(List.of(chapterC), part, TreeDrop.Zone.INTO)).contains(new TreeMoves.Target(n(part), 1));
        assertThat(drop(List.of(sectionsB.get(0), sectionC), sectionsB.get(2), TreeDrop.Zone.AFTER))
                .contains(new TreeMoves.Target(n(chapterB), 2));
        assertThat(drop(List.of(chapterC, sectionC), book, TreeDrop.Zone.INTO)).as("mixed kinds").isEmpty();
    }

    @Test
    void refusal_namesTheRuleInAWritersWords() {
        assertThat(TreeDrop.refusal(List.of(n(sectionC)), n(part), TreeDrop.Zone.INTO)).isEqualTo("A part cannot hold a section.");
        assertThat(TreeDrop.refusal(List.of(n(chapterC)), n(book), TreeDrop.Zone.AFTER))
                .isEqualTo("Only a book stands at the top of a manuscript.");
    }

    @Test
    void groupTargets_moveSiblingsAsOneBlock_andRefuseMixedParents() {
        TreeMoves moves = new TreeMoves(roots);
        List<ManuscriptNodeViewModel> lastTwo = List.of(n(sectionsB.get(2)), n(sectionsB.get(1)));
        assertThat(moves.shiftTarget(lastTwo, -1)).contains(new TreeMoves.Target(n(chapterB), 0));
        assertThat(moves.shiftTarget(lastTwo, 1)).isEmpty();
        assertThat(moves.shiftTarget(List.of(n(sectionsB.get(0)), n(sectionsB.get(1))), 1))
                .contains(new TreeMoves.Target(n(chapterB), 1));
        List<ManuscriptNodeViewModel> mixed = List.of(n(sectionsB.get(0)), n(sectionC));
        assertThat(moves.shiftTarget(mixed, 1)).isEmpty();
        assertThat(moves.indentTarget(mixed)).isEmpty();
        assertThat(moves.indentTarget(List.of(n(chapterB), n(chapterC)))).contains(new TreeMoves.Target(n(part), 1));
        assertThat(moves.outdentTarget(List.of(n(chapterA)))).contains(new TreeMoves.Target(n(book), 1));
    }

    @Test
    void topmost_dropsNodesBelowAnotherSelectedOne() {
        assertThat(TreeMoves.topmost(List.of(n(chapterB), n(sectionsB.get(1)), n(sectionC))))
                .containsExactly(n(chapterB), n(sectionC));
    }
}
