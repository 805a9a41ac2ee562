package studio.quire.manuscript;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HierarchyTest {

    @Test
    void canHold_followsBookPartChapterSection() {
        assertThat(Hierarchy.canHold(null, NodeKind.BOOK)).isTrue();
        assertThat(Hierarchy.canHold(null, NodeKind.CHAPTER)).isFalse();
        assertThat(Hierarchy.canHold(NodeKind.BOOK, NodeKind.PART)).isTrue();
        assertThat(Hierarchy.canHold(NodeKind.PART, NodeKind.CHAPTER)).isTrue();
        assertThat(Hierarchy.canHold(NodeKind.BOOK, NodeKind.SECTION)).isFalse();
        assertThat(Hierarchy.canHold(NodeKind.CHAPTER, NodeKind.CHAPTER)).isFalse();
        assertThat(Hierarchy.canHold(NodeKind.SECTION, NodeKind.SECTION)).isFalse();
    }

    @Test
    void childKindOf_booksAndPartsHoldChapters_chaptersSections_sectionsNothing() {
        assertThat(Hierarchy.childKindOf(NodeKind.BOOK)).contains(NodeKind.CHAPTER);
        assertThat(Hierarchy.childKindOf(NodeKind.PART)).contains(NodeKind.CHAPTER);
        assertThat(Hierarchy.childKindOf(NodeKind.CHAPTER)).contains(NodeKind.SECTION);
        assertThat(Hierarchy.childKindOf(NodeKind.SECTION)).isEmpty();
    }
}
