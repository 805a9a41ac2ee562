package studio.quire.manuscript;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.db.RenderedQuery;
import studio.quire.db.schema.Routines;
import studio.quire.db.schema.tables.Node;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.NODE;
import static studio.quire.db.schema.Tables.NODE_CONTENT;

/**
 * The manuscript tree of a project, as the signed-in person: row-level security decides who sees
 * and who changes. Structure changes (create, move, trash, restore) go through database functions
 * that lock the parents involved and keep sibling positions dense; the database also refuses a
 * node in a place its kind may not stand. Title, status and synopsis carry an optimistic version.
 */
public final class ManuscriptTreeRepository {
    /** How often a structure change that lost a race with another person is tried again. */
    static final int ATTEMPTS = 3;
    private static final Field<Integer> WORDS = DSL.coalesce(NODE_CONTENT.WORD_COUNT, DSL.inline(0)).as("word_count");
    private static final Field<?>[] COLUMNS = {NODE.ID, NODE.PARENT_ID, NODE.KIND, NODE.POSITION, NODE.TITLE,
        NODE.STATUS, NODE.VERSION};
    /** Bodies stay out: only the word count of node_content is read. */
    static final RenderedQuery LOAD = RenderedQuery.of(DSL.select(NODE.ID, NODE.PARENT_ID, NODE.KIND, NODE.POSITION,
                    NODE.TITLE, NODE.STATUS, NODE.VERSION, WORDS)
            .from(NODE).leftJoin(NODE_CONTENT).on(NODE_CONTENT.NODE_ID.eq(NODE.ID))
            .where(NODE.PROJECT_ID.eq(DSL.param("project", UUID.class))).and(NODE.DELETED_AT.isNull()));

    private final DSLContext dsl;

    public ManuscriptTreeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The live nodes of a project, parents before children, siblings in order, counts rolled up. */
    public List<TreeNode> loadTree(UUID projectId) {
        return tree(projectId).inOrder();
    }

    /** The same as {@link #loadTree}, with children per parent. */
    public Tree tree(UUID projectId) {
        return Tree.of(translate(() -> LOAD.bind(dsl, projectId).fetch(ManuscriptTreeRepository::fromLoad)));
    }

    /** A project's tree and trash as of one moment (one repeatable-read transaction), so they never disagree. */
    public TreeSnapshot snapshot(UUID projectId) {
        return translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.execute("set transaction isolation level repeatable read, read only");
            Tree tree = Tree.of(LOAD.bind(tx, projectId).fetch(ManuscriptTreeRepository::fromLoad));
            return new TreeSnapshot(tree, trashed(tx, projectId));
        }));
    }

    /** A tree with the project's trash, read together. */
    public record TreeSnapshot(Tree tree, List<TrashedNode> trashed) {
    }

    public Optional<TreeNode> find(UUID nodeId) {
        return translate(() -> dsl.select(COLUMNS).from(NODE).where(NODE.ID.eq(nodeId)).and(NODE.DELETED_AT.isNull())
                .fetchOptional(r -> toNode(r, 0)));
    }

    /** Appends a node at the end of {@code parentId}'s children (null parent: a book at the root). */
    public TreeNode create(UUID projectId, UUID parentId, NodeKind kind, String title) {
        return create(projectId, parentId, kind, title, null);
    }

    /** Creates a node at {@code position} among its siblings (null or past the end: at the end). */
    public TreeNode create(UUID projectId, UUID parentId, NodeKind kind, String title, Integer position) {
        String clean = Titles.clean(title);
        return structureChange(tx -> {
            UUID id = Routines.insertNode(tx.configuration(), projectId, parentId, kind.dbName(), clean, position);
            return tx.select(COLUMNS).from(NODE).where(NODE.ID.eq(id)).fetchSingle(r -> toNode(r, 0));
        });
    }

    /** Moves a node to {@code newPosition} among the children of {@code newParentId}, siblings closed up. */
    public void move(UUID nodeId, UUID newParentId, int newPosition) {
        moveMany(List.of(nodeId), newParentId, newPosition);
    }

    /**
     * Moves nodes as one block, in the given order, so that the first lands at {@code position}
     * among the other children of {@code newParentId}.
     */
    public void moveMany(List<UUID> ids, UUID newParentId, int position) {
        UUID[] nodes = ids.toArray(UUID[]::new);
        structureChange(tx -> {
            Routines.moveNodes(tx.configuration(), nodes, newParentId, position);
            return null;
        });
    }

    /**
     * Puts the live children of each parent back in the given order as one block at the start
     * (bringing back those that had moved elsewhere); children added since stay after them.
     * One transaction: an undo of a move happens whole or not at all.
     */
    public void restoreOrder(List<SiblingOrder> orders) {
        structureChange(tx -> {
            for (SiblingOrder order : orders) {
                java.util.Set<UUID> live = new java.util.HashSet<>(tx.select(NODE.ID).from(NODE)
                        .where(NODE.ID.in(order.children())).and(NODE.DELETED_AT.isNull()).fetch(NODE.ID));
                UUID[] nodes = order.children().stream().filter(live::contains).toArray(UUID[]::new);
                Routines.moveNodes(tx.configuration(), nodes, order.parentId(), 0);
            }
            return null;
        });
    }

    /** Puts a node and everything below it in the trash; its siblings close up. */
    public void trash(UUID nodeId) {
        structureChange(tx -> {
            Routines.trashNode(tx.configuration(), nodeId);
            return null;
        });
    }

    /** Brings back a trashed node with what was trashed with it, at the end of its former parent. */
    public void restore(UUID nodeId) {
        structureChange(tx -> {
            Routines.restoreNode(tx.configuration(), nodeId);
            return null;
        });
    }

    /** What a person can restore in a project: nodes trashed on their own, most recent first. */
    public List<TrashedNode> trashed(UUID projectId) {
        return translate(() -> trashed(dsl, projectId));
    }

    private static List<TrashedNode> trashed(DSLContext dsl, UUID projectId) {
        Node parent = NODE.as("parent");
        return dsl.select(NODE.ID, NODE.PARENT_ID, NODE.KIND, NODE.TITLE, NODE.DELETED_AT)
                .from(NODE).leftJoin(parent).on(parent.ID.eq(NODE.PARENT_ID))
                .where(NODE.PROJECT_ID.eq(projectId)).and(NODE.DELETED_AT.isNotNull())
                .and(parent.ID.isNull().or(parent.DELETED_AT.isDistinctFrom(NODE.DELETED_AT)))
                .orderBy(NODE.DELETED_AT.desc(), NODE.ID)
                .fetch(r -> new TrashedNode(r.get(NODE.ID), r.get(NODE.PARENT_ID), NodeKind.fromDb(r.get(NODE.KIND)),
                        r.get(NODE.TITLE), r.get(NODE.DELETED_AT)));
    }

    public TreeNode rename(TreeNode node, String newTitle) {
        return update(node, NODE.TITLE, Titles.clean(newTitle));
    }

    public TreeNode setStatus(TreeNode node, NodeStatus status) {
        return update(node, NODE.STATUS, status.dbName());
    }

    public TreeNode setSynopsis(TreeNode node, String synopsis) {
        return update(node, NODE.SYNOPSIS, synopsis == null ? "" : synopsis.replace("\0", ""));
    }

    private <T> TreeNode update(TreeNode node, Field<T> field, T value) {
        return translate(() -> dsl.transactionResult(cfg -> cfg.dsl().update(NODE)
                        .set(field, value)
                        .set(NODE.VERSION, NODE.VERSION.plus(1))
                        .where(NODE.ID.eq(node.id())).and(NODE.VERSION.eq(node.version()))
                        .returning(COLUMNS)
                        .fetchOptional(r -> toNode(r, node.wordCount()))))
                .orElseThrow(() -> noRowUpdated(node));
    }

    /** Hidden by row-level security or changed meanwhile: only the second is a concurrent change. */
    private RuntimeException noRowUpdated(TreeNode node) {
        Optional<TreeNode> current = find(node.id());
        if (current.isPresent() && current.get().version() == node.version()) {
            return new RefusedByDatabaseException("You do not have the role needed for this change in this organization.",
                    "42501", null);
        }
        return new RefusedByDatabaseException("“" + node.title() + "” was changed by someone else in the meantime. "
                + "It has been reloaded; please try again.", "40001", null);
    }

    /**
     * One transaction; a lost race (serialization failure or deadlock, both raised before anything
     * is written) is tried again, and reported as a clean, retryable refusal when it persists.
     */
    private <T> T structureChange(Function<DSLContext, T> work) {
        RefusedByDatabaseException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return translate(() -> dsl.transactionResult(cfg -> work.apply(cfg.dsl())));
            } catch (RefusedByDatabaseException e) {
                if (!isRace(e.sqlState())) {
                    throw e;
                }
                last = e;
            }
        }
        throw new RefusedByDatabaseException("The manuscript was changed by someone else in the meantime. "
                + "Reload it and try again.", last.sqlState(), last);
    }

    static boolean isRace(String sqlState) {
        return "40001".equals(sqlState) || "40P01".equals(sqlState);
    }

    private static TreeNode fromLoad(Record r) {
        NodeKind kind = NodeKind.fromDb(r.get(NODE.KIND));
        return toNode(r, kind == NodeKind.SECTION ? r.get(WORDS) : 0);
    }

    private static TreeNode toNode(Record r, long words) {
        return new TreeNode(r.get(NODE.ID), r.get(NODE.PARENT_ID), NodeKind.fromDb(r.get(NODE.KIND)),
                r.get(NODE.POSITION), r.get(NODE.TITLE), NodeStatus.fromDb(r.get(NODE.STATUS)), words,
                r.get(NODE.VERSION));
    }
}
