package studio.quire.manuscript.tree;

import studio.quire.ui.UndoSlot;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import studio.quire.manuscript.Hierarchy;
import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.SiblingOrder;
import studio.quire.manuscript.TreeNode;
import studio.quire.manuscript.TrashedNode;
import studio.quire.manuscript.Titles;
import studio.quire.manuscript.ManuscriptTreeRepository;

/**
 * The structure changes of the binder as background work: what each command writes, what it
 * selects afterwards, and how it is undone. Judged on the tree as last loaded ({@link TreeMoves});
 * the database has the last word.
 */
final class TreeEdits {
    /** Runs work in the background, then reloads and selects the returned ids (the first leads). */
    interface Runner {
        void run(String done, Callable<List<UUID>> work, Runnable afterSuccess);
    }

    private final ManuscriptTreeRepository repository;
    private final UUID projectId;
    private final TreeMoves moves;
    private final UndoSlot undo;
    private final Runner runner;

    TreeEdits(ManuscriptTreeRepository repository, UUID projectId, TreeMoves moves, UndoSlot undo, Runner runner) {
        this.repository = repository;
        this.projectId = projectId;
        this.moves = moves;
        this.undo = undo;
        this.runner = runner;
    }

    void rename(ManuscriptNodeViewModel n, String newTitle) {
        TreeNode node = n.node();
        run("Renamed to “" + Titles.clean(newTitle) + "”.", () -> List.of(repository.rename(node, newTitle).id()));
    }

    void addSibling(ManuscriptNodeViewModel n) {
        NodeKind kind = n.kindProperty().get();
        add(kind, n.parent().id(), moves.indexOf(n) + 1);
    }

    void addChild(ManuscriptNodeViewModel n) {
        if (n == null) {
            run("Added the book.", () -> List.of(repository.create(projectId, null, NodeKind.BOOK, "New book").id()));
            return;
        }
        add(Hierarchy.childKindOf(n.kindProperty().get()).orElseThrow(), n.id(), null);
    }

    /** A part inside a book (at its end), or right after a part or a chapter that stands in a book. */
    void addPart(ManuscriptNodeViewModel n) {
        if (n.kindProperty().get() == NodeKind.BOOK) {
            add(NodeKind.PART, n.id(), null);
        } else {
            add(NodeKind.PART, n.parent().id(), moves.indexOf(n) + 1);
        }
    }

    static boolean canAddPart(ManuscriptNodeViewModel n) {
        if (n == null) {
            return false;
        }
        NodeKind kind = n.kindProperty().get();
        return kind == NodeKind.BOOK || (n.parent() != null && n.parent().kindProperty().get() == NodeKind.BOOK
                && (kind == NodeKind.PART || kind == NodeKind.CHAPTER));
    }

    private void add(NodeKind kind, UUID parent, Integer position) {
        String label = Hierarchy.label(kind);
        run("Added a " + label + ".", () -> List.of(repository.create(projectId, parent, kind, "New " + label, position).id()));
    }

    void shift(List<ManuscriptNodeViewModel> nodes, int delta) {
        moves.shiftTarget(nodes, delta).ifPresent(t -> moveTo(inOrder(nodes), t, delta < 0 ? "Moved up." : "Moved down."));
    }

    void indent(List<ManuscriptNodeViewModel> nodes) {
        moves.indentTarget(nodes).ifPresent(t -> moveTo(inOrder(nodes), t,
                "Moved into “" + t.parent().titleProperty().get() + "”."));
    }

    void outdent(List<ManuscriptNodeViewModel> nodes) {
        moves.outdentTarget(nodes).ifPresent(t -> moveTo(inOrder(nodes), t,
                "Moved out to “" + t.parent().titleProperty().get() + "”."));
    }

    private List<ManuscriptNodeViewModel> inOrder(List<ManuscriptNodeViewModel> nodes) {
        return moves.siblingGroup(nodes).orElse(nodes);
    }

    /** Moves the nodes as one block to the target, selects them, and offers to put them back. */
    void moveTo(List<ManuscriptNodeViewModel> nodes, TreeMoves.Target target, String done) {
        List<UUID> ids = nodes.stream().map(ManuscriptNodeViewModel::id).toList();
        List<SiblingOrder> before = moves.ordersAround(nodes);
        UUID parent = target.parent() == null ? null : target.parent().id();
        runner.run(done, () -> {
            repository.moveMany(ids, parent, target.position());
            return ids;
        }, () -> undo.offer("Undo move", () -> run("Moved back.", () -> {
            repository.restoreOrder(before);
            return ids;
        })));
    }

    void trash(List<ManuscriptNodeViewModel> selection) {
        List<ManuscriptNodeViewModel> nodes = TreeMoves.topmost(selection);
        List<UUID> ids = nodes.stream().map(ManuscriptNodeViewModel::id).toList();
        List<SiblingOrder> before = moves.ordersAround(nodes);
        List<UUID> next = moves.neighbourAfterRemoving(nodes).map(n -> List.of(n.id())).orElse(List.of());
        String what = nodes.size() == 1 ? "“" + nodes.get(0).titleProperty().get() + "”" : nodes.size() + " nodes";
        runner.run("Moved " + what + " to the trash.", () -> {
            ids.forEach(repository::trash);
            return next;
        }, () -> undo.offer("Undo trash", () -> run("Brought back " + what + ".", () -> {
            List<UUID> restored = new ArrayList<>(ids);
            java.util.Collections.reverse(restored);
            restored.forEach(repository::restore);
            repository.restoreOrder(before);
            return ids;
        })));
    }

    void restore(TrashedNode node) {
        run("Brought back “" + node.title() + "”.", () -> {
            repository.restore(node.id());
            return List.of(node.id());
        });
    }

    private void run(String done, Callable<List<UUID>> work) {
        runner.run(done, work, () -> { });
    }
}
