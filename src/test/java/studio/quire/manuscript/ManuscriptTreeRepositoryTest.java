package studio.quire.manuscript;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studio.quire.db.schema.Tables.NODE_CONTENT;

class ManuscriptTreeRepositoryTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static ManuscriptTreeRepository tree;
    private static DSLContext owner;
    private TreeFixture f;

    @BeforeAll
    static void organization() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Trees");
        tree = new ManuscriptTreeRepository(db.open(db.as(org.writer())).dsl());
        owner = db.openOwner().dsl();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void book() {
        f = new TreeFixture(db, org, tree, 3, 4);
    }

    @Test
    void loadTree_listsParentsBeforeChildren_siblingsInOrder() {
        List<TreeNode> nodes = tree.loadTree(f.project);

        List<UUID> expected = new ArrayList<>(List.of(f.book.id()));
        for (int c = 0; c < 3; c++) {
            expected.add(f.chapters.get(c).id());
            f.sections.get(c).forEach(s -> expected.add(s.id()));
        }
        assertThat(nodes).extracting(TreeNode::id).containsExactlyElementsOf(expected);
        assertThat(nodes.get(2).title()).isEqualTo("Section 0.0");
        assertThat(nodes.get(2).parentId()).isEqualTo(f.chapters.get(0).id());
    }

    @Test
    void loadTree_rollsUpWordCountsToChaptersAndTheBook() {
        Tree loaded = tree.tree(f.project);

        // chapter c holds sections of 10(c+1)+s words, s = 0..3
        assertThat(loaded.children(f.book.id())).extracting(TreeNode::wordCount).containsExactly(46L, 86L, 126L);
        assertThat(loaded.roots()).extracting(TreeNode::wordCount).containsExactly(258L);
        assertThat(loaded.children(f.chapters.get(1).id())).extracting(TreeNode::wordCount)
                .containsExactly(20L, 21L, 22L, 23L);
    }

    @Test
    void loadTree_neverSelectsBodies_evenNextToAHugeOne() {
        UUID huge = f.sections.get(0).get(0).id();
        owner.update(NODE_CONTENT).set(NODE_CONTENT.BODY, "word ".repeat(2_000_000)).set(NODE_CONTENT.WORD_COUNT, 2_000_000)
                .where(NODE_CONTENT.NODE_ID.eq(huge)).execute();

        assertThat(ManuscriptTreeRepository.LOAD.sql()).doesNotContainIgnoringCase("body").doesNotContain("*");
        assertThat(tree.tree(f.project).roots().get(0).wordCount()).isEqualTo(258L - 10 + 2_000_000);
    }

    @Test
    void create_atAPosition_shiftsTheLaterSiblings() {
        UUID chapter = f.chapters.get(0).id();
        TreeNode inserted = tree.create(f.project, chapter, NodeKind.SECTION, "  Inserted  ", 1);

        assertThat(inserted.position()).isEqualTo(1);
        assertThat(inserted.title()).isEqualTo("Inserted");
        assertThat(TreeFixture.titlesUnder(owner, chapter))
                .containsExactly("Section 0.0", "Inserted", "Section 0.1", "Section 0.2", "Section 0.3");
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void move_withinAChapter_reordersDensely() {
        UUID chapter = f.chapters.get(0).id();
        tree.move(f.sections.get(0).get(0).id(), chapter, 3);
        assertThat(TreeFixture.titlesUnder(owner, chapter))
                .containsExactly("Section 0.1", "Section 0.2", "Section 0.3", "Section 0.0");
        tree.move(f.sections.get(0).get(3).id(), chapter, 0);
        assertThat(TreeFixture.titlesUnder(owner, chapter))
                .containsExactly("Section 0.3", "Section 0.1", "Section 0.2", "Section 0.0");
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void move_acrossChapters_closesUpTheOldAndOpensTheNew() {
        tree.move(f.sections.get(0).get(1).id(), f.chapters.get(2).id(), 2);

        assertThat(TreeFixture.titlesUnder(owner, f.chapters.get(0).id()))
                .containsExactly("Section 0.0", "Section 0.2", "Section 0.3");
        assertThat(TreeFixture.titlesUnder(owner, f.chapters.get(2).id()))
                .containsExactly("Section 2.0", "Section 2.1", "Section 0.1", "Section 2.2", "Section 2.3");
        Tree loaded = tree.tree(f.project);
        assertThat(loaded.children(f.book.id())).extracting(TreeNode::wordCount).containsExactly(35L, 86L, 137L);
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void moveMany_movesABlockInTheGivenOrder_fromSeveralParents() {
        List<UUID> block = List.of(f.sections.get(2).get(3).id(), f.sections.get(0).get(0).id(), f.sections.get(1).get(2).id());
        tree.moveMany(block, f.chapters.get(1).id(), 1);

        assertThat(TreeFixture.titlesUnder(owner, f.chapters.get(1).id())).containsExactly(
                "Section 1.0", "Section 2.3", "Section 0.0", "Section 1.2", "Section 1.1", "Section 1.3");
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void move_manyRandomMoves_keepPositionsDenseAndUnique() {
        Random random = new Random(42);
        List<UUID> sections = f.sections.stream().flatMap(List::stream).map(TreeNode::id).toList();
        for (int i = 0; i < 60; i++) {
            UUID target = f.chapters.get(random.nextInt(3)).id();
            if (i % 5 == 0) {
                tree.moveMany(List.of(sections.get(random.nextInt(12)), sections.get((i + 5) % 12)).stream().distinct().toList(),
                        target, random.nextInt(8));
            } else {
                tree.move(sections.get(random.nextInt(12)), target, random.nextInt(8) - 1);
            }
            TreeFixture.assertDense(owner, f.project);
        }
        tree.move(f.chapters.get(2).id(), f.book.id(), 0);
        TreeFixture.assertDense(owner, f.project);
        assertThat(tree.loadTree(f.project)).hasSize(16);
    }

    @Test
    void trashAndRestore_aChapter_withItsSections() {
        TreeNode chapter = f.chapters.get(1);
        tree.trash(f.sections.get(1).get(3).id()); // trashed on its own before: stays in the trash
        tree.trash(chapter.id());

        assertThat(tree.loadTree(f.project)).hasSize(1 + 2 * 5);
        assertThat(TreeFixture.titlesUnder(owner, f.book.id())).containsExactly("Chapter 0", "Chapter 2");
        assertThat(tree.trashed(f.project)).extracting(TrashedNode::title).containsExactly("Chapter 1", "Section 1.3");
        TreeFixture.assertDense(owner, f.project);

        tree.restore(chapter.id());

        assertThat(TreeFixture.titlesUnder(owner, f.book.id())).containsExactly("Chapter 0", "Chapter 2", "Chapter 1");
        assertThat(TreeFixture.titlesUnder(owner, chapter.id())).containsExactly("Section 1.0", "Section 1.1", "Section 1.2");
        assertThat(tree.trashed(f.project)).extracting(TrashedNode::title).containsExactly("Section 1.3");
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void restore_whenTheFormerParentIsInTheTrash_goesToTheNearestAncestorThatMayHoldIt() {
        TreeNode part = tree.create(f.project, f.book.id(), NodeKind.PART, "Part one");
        tree.move(f.chapters.get(0).id(), part.id(), 0);
        tree.trash(f.chapters.get(0).id());
        tree.trash(part.id());

        tree.restore(f.chapters.get(0).id());
        assertThat(TreeFixture.titlesUnder(owner, f.book.id())).containsExactly("Chapter 1", "Chapter 2", "Chapter 0");

        tree.trash(f.chapters.get(1).id());
        assertThatThrownBy(() -> tree.restore(f.sections.get(1).get(0).id()))
                .isInstanceOf(RefusedByDatabaseException.class); // its chapter is in the trash, and a book cannot hold it
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void renameStatusSynopsis_carryTheVersion_andAStaleOneIsARetryableRefusal() {
        TreeNode chapter = f.chapters.get(0);
        TreeNode renamed = tree.rename(chapter, "Opening");
        TreeNode reviewed = tree.setStatus(renamed, NodeStatus.DISCARDED);
        TreeNode described = tree.setSynopsis(reviewed, "Where it starts.");

        assertThat(described.version()).isEqualTo(chapter.version() + 3);
        assertThat(described.title()).isEqualTo("Opening");
        assertThat(described.status()).isEqualTo(NodeStatus.DISCARDED);
        assertThatThrownBy(() -> tree.rename(chapter, "Stale"))
                .isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> assertThat(e.sqlState()).isEqualTo("40001"));
        assertThat(tree.find(chapter.id()).orElseThrow().title()).isEqualTo("Opening");
    }
}
