package studio.quire.manuscript.tree;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.ui.Actions;
import studio.quire.ui.Command;
import studio.quire.ui.Failures;
import studio.quire.ui.TaskExecutor;
import studio.quire.ui.UndoSlot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import studio.quire.manuscript.Hierarchy;
import studio.quire.manuscript.TreeChanges;
import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.Titles;
import studio.quire.manuscript.ManuscriptTreeRepository;

/**
 * The binder of one project: its manuscript tree as node view models, the selected node (the
 * lead, which the editor follows) with the whole selection beside it, and the structure commands
 * (new sibling, child or part, rename, move up and down, indent, outdent, drag and drop, trash,
 * each undoable where it makes sense). Every change runs through the repository in the
 * background, then the tree is reloaded and patched in place; changes by others arrive the same
 * way through {@link #listen(TreeChanges)}. Refusals become the {@link #messageProperty() message}.
 */
public final class ManuscriptTreeViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ManuscriptTreeViewModel.class);

    private final ReadOnlyBooleanWrapper canChange;

    private final ObservableList<ManuscriptNodeViewModel> roots = FXCollections.observableArrayList();
    private final ObservableList<ManuscriptNodeViewModel> readOnlyRoots = FXCollections.unmodifiableObservableList(roots);
    private final TreePatcher patcher = new TreePatcher(roots);
    /** Bumped after each reload so that the commands' conditions look at the new structure. */
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Failures failures = Failures.of(LOG, "A manuscript tree operation", message::set,
            RefusedByDatabaseException.class, IllegalArgumentException.class);
    private final Actions actions;
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final TreeMoves moves = new TreeMoves(roots);
    private final TreeSelection selectionState = new TreeSelection(moves, message);
    private final ObjectProperty<ManuscriptNodeViewModel> selected = selectionState.lead();
    private final ObservableList<ManuscriptNodeViewModel> selection = selectionState.all();
    private final StringBinding newSiblingLabel = Bindings.createStringBinding(
            () -> "New " + kindLabel(selected.get(), false), selected);
    private final StringBinding newChildLabel = Bindings.createStringBinding(
            () -> selected.get() == null ? "New book" : "New " + kindLabel(selected.get(), true) + " inside", selected);
    private final UndoSlot undo = new UndoSlot();
    private final TreeEdits edits;
    private final TreeTrashViewModel trash;
    private final TreeLoads loads;

    private final Command newSibling;
    private final Command newChild;
    private final Command newPart;
    private final Command rename;
    private final Command moveUp;
    private final Command moveDown;
    private final Command indent;
    private final Command outdent;
    private final Command trashCommand;
    private final Command undoCommand;

    /**
     * @param canChange whether the signed-in role may change the tree (an editor may not); the
     *                  database enforces it anyway, this keeps the commands honest
     */
    public ManuscriptTreeViewModel(ManuscriptTreeRepository repository, UUID projectId, boolean canChange,
                                   TaskExecutor executor) {
        this.actions = new Actions(executor, failures::report);
        this.canChange = new ReadOnlyBooleanWrapper(canChange);
        this.edits = new TreeEdits(repository, projectId, moves, undo, this::change);
        this.trash = new TreeTrashViewModel(edits::restore, this.canChange.and(busy.not()));
        this.loads = new TreeLoads(repository, projectId, executor, patcher, selectionState, trash);
        newSibling = command(() -> edits.addSibling(selected.get()), n -> moves.siblingTarget(n).isPresent());
        newChild = Command.of(() -> edits.addChild(selected.get()), allowed(() -> {
            ManuscriptNodeViewModel n = selected.get();
            return n == null ? roots.isEmpty() && !loading.get() : Hierarchy.childKindOf(n.kindProperty().get()).isPresent();
        }));
        newPart = command(() -> edits.addPart(selected.get()), TreeEdits::canAddPart);
        rename = command(() -> { }, n -> true);
        moveUp = selectionCommand(nodes -> edits.shift(nodes, -1), nodes -> moves.shiftTarget(nodes, -1).isPresent());
        moveDown = selectionCommand(nodes -> edits.shift(nodes, 1), nodes -> moves.shiftTarget(nodes, 1).isPresent());
        indent = selectionCommand(edits::indent, nodes -> moves.indentTarget(nodes).isPresent());
        outdent = selectionCommand(edits::outdent, nodes -> moves.outdentTarget(nodes).isPresent());
        trashCommand = selectionCommand(edits::trash, nodes -> true);
        undoCommand = Command.of(undo::take, undo.offered().and(this.canChange).and(busy.not()));
    }

    private Command command(Runnable action, Predicate<ManuscriptNodeViewModel> when) {
        return Command.of(action, allowed(() -> selected.get() != null && when.test(selected.get())));
    }

    private Command selectionCommand(java.util.function.Consumer<List<ManuscriptNodeViewModel>> action,
                                     Predicate<List<ManuscriptNodeViewModel>> when) {
        return Command.of(() -> action.accept(selectionState.targets()), allowed(() -> {
            List<ManuscriptNodeViewModel> nodes = selectionState.targets();
            return !nodes.isEmpty() && when.test(nodes);
        }));
    }

    private BooleanBinding allowed(Callable<Boolean> condition) {
        Observable[] on = {selected, selection, revision, loading};
        return Bindings.createBooleanBinding(condition, on).and(canChange).and(busy.not());
    }

    /** Loads (or reloads) the tree in the background, keeping the selection where it can. */
    public void load() {
        load(null);
    }

    private void load(List<UUID> select) {
        loading.set(true);
        loads.load(select, failures::report, () -> {
            loading.set(false);
            busy.set(false);
            settled();
        });
    }

    /**
     * Reloads on changes announced by {@code changes} (someone else's, or one's own) until
     * {@link #close()}. The reload runs in the background and patches the tree in place.
     */
    public void listen(TreeChanges changes) {
        loads.listen(changes, () -> {
            if (!loading.get()) {
                settled();
            }
        });
    }

    private void settled() {
        revision.set(revision.get() + 1);
        refreshEmptyText();
    }

    /** What is wrong with a title typed into the rename dialog; empty when it can be saved. */
    public Optional<String> titleProblem(String title) {
        return Titles.problem(title);
    }

    /** Renames the selected node (the view asks for the title when the rename command runs). */
    public void rename(String newTitle) {
        ManuscriptNodeViewModel n = selected.get();
        if (n == null || !rename.isExecutable() || titleProblem(newTitle).isPresent()
                || Titles.clean(newTitle).equals(n.titleProperty().get())) {
            return;
        }
        edits.rename(n, newTitle);
    }

    /** What a drag that starts on {@code row} carries: the selection if the row is in it, else the row. */
    public List<ManuscriptNodeViewModel> draggedWith(ManuscriptNodeViewModel row) {
        List<ManuscriptNodeViewModel> nodes = selection.contains(row) ? List.copyOf(selection) : List.of(row);
        List<ManuscriptNodeViewModel> top = TreeMoves.topmost(nodes);
        return TreeMoves.inTreeOrder(roots).stream().filter(top::contains).toList();
    }

    /** Whether dropping {@code dragged} there is a move the hierarchy (and the role) allows. */
    public boolean canDrop(List<ManuscriptNodeViewModel> dragged, ManuscriptNodeViewModel over, TreeDrop.Zone zone) {
        return canChange.get() && !busy.get() && TreeDrop.target(roots, dragged, over, zone).isPresent();
    }

    /** Moves {@code dragged} there in the background (undoable), or says why it cannot go there. */
    public void drop(List<ManuscriptNodeViewModel> dragged, ManuscriptNodeViewModel over, TreeDrop.Zone zone) {
        Optional<TreeMoves.Target> target = TreeDrop.target(roots, dragged, over, zone);
        if (!canChange.get() || busy.get()) {
            return;
        }
        if (target.isEmpty()) {
            message.set(TreeDrop.refusal(dragged, over, zone));
            return;
        }
        String where = target.get().parent() == null ? "the top" : "“" + target.get().parent().titleProperty().get() + "”";
        edits.moveTo(dragged, target.get(), (dragged.size() == 1 ? "Moved" : "Moved " + dragged.size() + " nodes")
                + " into " + where + ".");
    }

    /**
     * Runs one change in the background, then reloads and selects the nodes the change returns.
     * The tree stays busy until the reload has landed (its rows are what the commands look at).
     */
    private void change(String done, Callable<List<UUID>> work, Runnable afterSuccess) {
        busy.set(true);
        actions.background("Changing the manuscript", work)
                .onSuccess(select -> {
                    message.set(done);
                    afterSuccess.run();
                    load(select);
                })
                .onFailure(error -> load(null))
                .start();
    }

    private void refreshEmptyText() {
        if (!roots.isEmpty()) {
            emptyText.set("");
        } else {
            emptyText.set(canChange.get() ? "This project has no manuscript yet. Start it with New book (Ctrl+Shift+Enter)."
                    : "This project has no manuscript yet.");
        }
    }

    private static String kindLabel(ManuscriptNodeViewModel node, boolean child) {
        if (node == null) {
            return child ? "book" : "section";
        }
        NodeKind kind = node.kindProperty().get();
        return Hierarchy.label(child ? Hierarchy.childKindOf(kind).orElse(kind) : kind);
    }

    /** Stops live updates (the page closed); nothing else to release. */
    @Override
    public void close() {
        loads.close();
    }

    public ObservableList<ManuscriptNodeViewModel> roots() {
        return readOnlyRoots;
    }

    /** "New section", "New chapter"…: what New sibling would add after the selection. */
    public StringBinding newSiblingLabelProperty() {
        return newSiblingLabel;
    }

    /** "New book" on an empty tree, else "New section inside" and the like. */
    public StringBinding newChildLabelProperty() {
        return newChildLabel;
    }

    /** The lead of the selection: the node the editor and the inspector show. */
    public ObjectProperty<ManuscriptNodeViewModel> selectedProperty() {
        return selected;
    }

    /** Every selected node (the lead among them); the view keeps it in step with its rows. */
    public ObservableList<ManuscriptNodeViewModel> selection() {
        return selection;
    }

    /** The node with this id as last loaded, if any. */
    public Optional<ManuscriptNodeViewModel> node(UUID id) {
        return patcher.node(Objects.requireNonNull(id));
    }

    public TreeTrashViewModel trash() {
        return trash;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * True while a loaded tree is patched in: rows shift under a view then, and a view should not
     * take that for the person's selection; when it turns false the selection is final.
     */
    public ReadOnlyBooleanProperty applyingProperty() {
        return loads.applyingProperty();
    }

    public ReadOnlyBooleanProperty canChangeProperty() {
        return canChange.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undo.labelProperty();
    }

    public Command newSiblingCommand() {
        return newSibling;
    }

    public Command newChildCommand() {
        return newChild;
    }

    /** A part in the selected book, or after the selected part or chapter of a book. */
    public Command newPartCommand() {
        return newPart;
    }

    /** Executable when the selected node may be renamed; the view then asks for the title. */
    public Command renameCommand() {
        return rename;
    }

    public Command moveUpCommand() {
        return moveUp;
    }

    public Command moveDownCommand() {
        return moveDown;
    }

    public Command indentCommand() {
        return indent;
    }

    public Command outdentCommand() {
        return outdent;
    }

    public Command trashCommand() {
        return trashCommand;
    }

    public Command undoCommand() {
        return undoCommand;
    }
}
