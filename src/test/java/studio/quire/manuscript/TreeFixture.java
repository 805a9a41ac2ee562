package studio.quire.manuscript;

import org.jooq.DSLContext;
import studio.quire.project.ProjectKind;
import studio.quire.project.ProjectRepository;
import studio.quire.testsupport.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.db.schema.Tables.NODE;
import static studio.quire.db.schema.Tables.NODE_CONTENT;

/** A book of chapters of sections, written as a writer, and checks on its positions. */
public final class TreeFixture {
    public final UUID project;
    public final TreeNode book;
    public final List<TreeNode> chapters = new ArrayList<>();
    public final List<List<TreeNode>> sections = new ArrayList<>();

    public TreeFixture(TestDatabase db, TestDatabase.Org org, ManuscriptTreeRepository tree, int chapterCount, int sectionsEach) {
        DSLContext writer = db.open(db.as(org.writer())).dsl();
        project = new ProjectRepository(writer).create(org.id(), ProjectKind.BOOK, "Tree book", "", null, null).id();
        book = tree.create(project, null, NodeKind.BOOK, "The book");
        for (int c = 0; c < chapterCount; c++) {
            TreeNode chapter = tree.create(project, book.id(), NodeKind.CHAPTER, "Chapter " + c);
            chapters.add(chapter);
            List<TreeNode> these = new ArrayList<>();
            for (int s = 0; s < sectionsEach; s++) {
                TreeNode section = tree.create(project, chapter.id(), NodeKind.SECTION, "Section " + c + "." + s);
                writer.update(NODE_CONTENT).set(NODE_CONTENT.WORD_COUNT, 10 * (c + 1) + s)
                        .where(NODE_CONTENT.NODE_ID.eq(section.id())).execute();
                these.add(section);
            }
            sections.add(these);
        }
    }

    /** Every live sibling group of the project holds exactly the positions 0..n-1. */
    public static void assertDense(DSLContext owner, UUID project) {
        Map<UUID, List<Integer>> groups = owner.select(NODE.PARENT_ID, NODE.POSITION).from(NODE)
                .where(NODE.PROJECT_ID.eq(project)).and(NODE.DELETED_AT.isNull())
                .orderBy(NODE.POSITION)
                .fetchGroups(NODE.PARENT_ID, NODE.POSITION);
        groups.forEach((parent, positions) -> {
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < positions.size(); i++) {
                expected.add(i);
            }
            assertThat(positions).as("positions under %s", parent).isEqualTo(expected);
        });
    }

    /** Titles of the live children of a parent, in position order. */
    public static List<String> titlesUnder(DSLContext dsl, UUID parent) {
        return dsl.select(NODE.TITLE).from(NODE).where(NODE.PARENT_ID.eq(parent)).and(NODE.DELETED_AT.isNull())
                .orderBy(NODE.POSITION).fetch(NODE.TITLE).stream().collect(Collectors.toList());
    }
}
