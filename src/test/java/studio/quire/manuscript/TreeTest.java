package studio.quire.manuscript;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TreeTest {
    private static TreeNode node(UUID id, UUID parent, NodeKind kind, int position, long words) {
        return new TreeNode(id, parent, kind, position, kind + " " + position, NodeStatus.DRAFT, words, 1);
    }

    @Test
    void of_ordersParentsBeforeChildren_andRollsUpWords_whateverTheRowOrder() {
        UUID book = UUID.randomUUID(), part = UUID.randomUUID(), c1 = UUID.randomUUID(), c2 = UUID.randomUUID();
        UUID s1 = UUID.randomUUID(), s2 = UUID.randomUUID(), s3 = UUID.randomUUID();
        List<TreeNode> rows = new ArrayList<>(List.of(
                node(book, null, NodeKind.BOOK, 0, 0),
                node(part, book, NodeKind.PART, 1, 0),
                node(c1, book, NodeKind.CHAPTER, 0, 0),
                node(c2, part, NodeKind.CHAPTER, 0, 0),
                node(s1, c1, NodeKind.SECTION, 1, 100),
                node(s2, c1, NodeKind.SECTION, 0, 20),
                node(s3, c2, NodeKind.SECTION, 0, 3)));
        Collections.shuffle(rows, new Random(7));

        Tree tree = Tree.of(rows);

        assertThat(tree.inOrder()).extracting(TreeNode::id).containsExactly(book, c1, s2, s1, part, c2, s3);
        assertThat(tree.inOrder()).extracting(TreeNode::wordCount).containsExactly(123L, 120L, 20L, 100L, 3L, 3L, 3L);
        assertThat(tree.roots()).extracting(TreeNode::wordCount).containsExactly(123L);
        assertThat(tree.children(c1)).extracting(TreeNode::id).containsExactly(s2, s1);
        assertThat(tree.children(s1)).isEmpty();
    }

    @Test
    void of_keepsANodeWhoseParentIsMissing_asARoot() {
        UUID orphan = UUID.randomUUID();
        Tree tree = Tree.of(List.of(node(orphan, UUID.randomUUID(), NodeKind.SECTION, 0, 5)));
        assertThat(tree.roots()).extracting(TreeNode::id).containsExactly(orphan);
    }

    @Test
    void of_emptyProject_isAnEmptyTree() {
        assertThat(Tree.of(List.of()).inOrder()).isEmpty();
    }
}
