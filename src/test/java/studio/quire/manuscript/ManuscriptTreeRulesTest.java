package studio.quire.manuscript;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studio.quire.db.schema.Tables.NODE;

/** Rules the database keeps whoever connects: where each kind may stand, and who may change the tree. */
class ManuscriptTreeRulesTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static ManuscriptTreeRepository writer;
    private static TreeFixture f;
    private static TreeFixture other;
    private static DSLContext owner;

    @BeforeAll
    static void twoBooks() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Rules");
        writer = new ManuscriptTreeRepository(db.open(db.as(org.writer())).dsl());
        owner = db.openOwner().dsl();
        f = new TreeFixture(db, org, writer, 2, 2);
        other = new TreeFixture(db, org, writer, 1, 1);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static void assertRefused(Runnable change, String state, String message) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> {
            assertThat(e.sqlState()).isEqualTo(state);
            assertThat(e.getMessage()).containsIgnoringCase(message);
        });
    }

    @Test
    void create_inAPlaceTheKindMayNotStand_isRefused() {
        assertRefused(() -> writer.create(f.project, null, NodeKind.CHAPTER, "Loose"), "23514", "needs a parent");
        assertRefused(() -> writer.create(f.project, f.book.id(), NodeKind.SECTION, "In book"), "23514",
                "a section cannot be placed in a book");
        assertRefused(() -> writer.create(f.project, f.chapters.get(0).id(), NodeKind.PART, "Part"), "23514",
                "a part cannot be placed in a chapter");
        assertRefused(() -> writer.create(f.project, f.book.id(), NodeKind.BOOK, "Nested"), "23514", "book");
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void move_intoAPlaceTheKindMayNotStand_orAnotherProject_isRefused_andNothingChanges() {
        UUID section = f.sections.get(0).get(0).id();
        assertRefused(() -> writer.move(section, f.book.id(), 0), "23514", "a section cannot be placed in a book");
        assertRefused(() -> writer.move(f.chapters.get(0).id(), f.sections.get(1).get(0).id(), 0), "23514",
                "a chapter cannot be placed in a section");
        assertRefused(() -> writer.move(section, other.chapters.get(0).id(), 0), "23503", "");
        assertRefused(() -> writer.moveMany(List.of(section, other.sections.get(0).get(0).id()), f.chapters.get(1).id(), 0),
                "22023", "different projects");
        assertThat(TreeFixture.titlesUnder(owner, f.chapters.get(0).id())).containsExactly("Section 0.0", "Section 0.1");
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void rawSql_asTheWriter_cannotBreakTheHierarchy() throws Exception {
        try (Connection c = db.rawConnection(db.as(org.writer()))) {
            assertSqlRefused(c, "insert into quire.node (org_id, project_id, parent_id, kind, position, title) "
                    + "values ('" + org.id() + "', '" + f.project + "', '" + f.book.id() + "', 'section', 9, 'x')", "23514");
            assertSqlRefused(c, "update quire.node set parent_id = '" + f.book.id() + "' where id = '"
                    + f.sections.get(0).get(0).id() + "'", "23514");
            assertSqlRefused(c, "update quire.node set parent_id = '" + other.chapters.get(0).id() + "', position = 7 where id = '"
                    + f.sections.get(0).get(0).id() + "'", "23503");
            assertSqlRefused(c, "update quire.node set project_id = '" + other.project + "' where id = '"
                    + f.chapters.get(0).id() + "'", "23514");
            assertSqlRefused(c, "update quire.node set kind = 'section' where id = '" + f.chapters.get(0).id() + "'", "23514");
            assertSqlRefused(c, "update quire.node set position = 1 where id = '" + f.sections.get(0).get(0).id() + "'", "23P01");
            assertSqlRefused(c, "select quire.move_node('" + f.sections.get(0).get(0).id() + "', '" + f.book.id() + "', 0)", "23514");
        }
        TreeFixture.assertDense(owner, f.project);
    }

    @Test
    void rawSql_placingANodeInATrashedParent_isRefused() throws Exception {
        TreeNode spare = writer.create(f.project, f.book.id(), NodeKind.CHAPTER, "Spare");
        writer.trash(spare.id());
        try (Connection c = db.rawConnection(db.as(org.writer()))) {
            assertSqlRefused(c, "update quire.node set parent_id = '" + spare.id() + "', position = 0 where id = '"
                    + f.sections.get(1).get(1).id() + "'", "23514");
        }
        assertRefused(() -> writer.create(f.project, spare.id(), NodeKind.SECTION, "Into trash"), "23514", "trash");
    }

    @Test
    void editor_readsTheTree_butCannotCreateMoveTrashOrRename() throws Exception {
        ManuscriptTreeRepository editor = new ManuscriptTreeRepository(db.open(db.as(org.editor())).dsl());
        assertThat(editor.loadTree(f.project)).extracting(TreeNode::id).contains(f.book.id());

        assertRefused(() -> editor.create(f.project, f.chapters.get(0).id(), NodeKind.SECTION, "Edited"), "42501", "role");
        assertRefused(() -> editor.move(f.sections.get(0).get(0).id(), f.chapters.get(0).id(), 1), "42501", "role");
        assertRefused(() -> editor.trash(f.chapters.get(1).id()), "42501", "role");
        assertRefused(() -> editor.rename(f.chapters.get(1), "Edited"), "42501", "role");
        try (Connection c = db.rawConnection(db.as(org.editor()))) {
            assertSqlRefused(c, "select quire.move_node('" + f.sections.get(0).get(0).id() + "', '"
                    + f.chapters.get(0).id() + "', 1)", "42501");
            try (PreparedStatement ps = c.prepareStatement("update quire.node set title = 'x' where project_id = ?")) {
                ps.setObject(1, f.project);
                assertThat(ps.executeUpdate()).isZero();
            }
        }
        assertThat(owner.fetchCount(NODE, NODE.PROJECT_ID.eq(f.project).and(NODE.TITLE.eq("Edited")))).isZero();
        TreeFixture.assertDense(owner, f.project);
    }

    private static void assertSqlRefused(Connection c, String sql, String state) {
        assertThatThrownBy(() -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.execute();
            }
        }).as(sql).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(state));
    }
}
