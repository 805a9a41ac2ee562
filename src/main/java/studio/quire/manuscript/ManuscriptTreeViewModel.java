package studio.quire.manuscript;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.Command;
import studio.quire.ui.TaskExecutor;
import studio.quire.ui.UndoSlot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * The binder of one project: its manuscript tree as node view models, the selected node, and the
 * structure commands (new sibling or child, rename, move up and down, indent, outdent, trash with
 * undo). Every change runs through the repository in the background, then the tree is reloaded
 * and patched in place; refusals by the database become the {@link #messageProperty() message}.
 */
public final class ManuscriptTreeViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ManuscriptTreeViewModel.class);

    private final ManuscriptTreeRepository repository;
    private final UUID projectId;
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper canChange;

    private final ObservableList<ManuscriptNodeViewModel> roots = FXCollections.observableArrayList();
    private final ObservableList<ManuscriptNodeViewModel> readOnlyRoots = FXCollections.unmodifiableObservableList(roots);
    private final Map<UUID, ManuscriptNodeViewModel> byId = new HashMap<>();
    private final ObjectProperty<ManuscriptNodeViewModel> selected = new SimpleObjectProperty<>();
    private final javafx.beans.binding.StringBinding newSiblingLabel = javafx.beans.binding.Bindings.createStringBinding(
            () -> "New " + kindLabel(selected.get(), false), selected);
    private final javafx.beans.binding.StringBinding newChildLabel = javafx.beans.binding.Bindings.createStringBinding(
            () -> selected.get() == null ? "New book" : "New " + kindLabel(selected.get(), true) + " inside", selected);
    /** Bumped after each reload so that the commands' conditions look at the new structure. */
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final TreeMoves moves = new TreeMoves(roots);
    private final UndoSlot undo = new UndoSlot();
    private TaskExecutor.TaskHandle inFlightLoad;

    private final Command newSibling;
    private final Command newChild;
    private final Command rename;
    private final Command moveUp;
    private final Command moveDown;
    private final Command indent;
    private final Command outdent;
    private final Command trash;
    private final Command undoCommand;

    /**
     * @param canChange whether the signed-in role may change the tree (an editor may not); the
     *                  database enforces it anyway, this keeps the commands honest
     */
    public ManuscriptTreeViewModel(ManuscriptTreeRepository repository, UUID projectId, boolean canChange,
                                   TaskExecutor executor) {
        this.repository = repository;
        this.projectId = projectId;
        this.executor = executor;
        this.canChange = new ReadOnlyBooleanWrapper(canChange);
        newSibling = command(this::addSibling, n -> moves.siblingTarget(n).isPresent());
        newChild = Command.of(this::addChild, allowed(() -> {
            ManuscriptNodeViewModel n = selected.get();
            return n == null ? roots.isEmpty() && !loading.get() : Hierarchy.childKindOf(n.kindProperty().get()).isPresent();
        }));
        rename = command(() -> { }, n -> true);
        moveUp = command(() -> moveBy(-1), n -> moves.indexOf(n) > 0);
        moveDown = command(() -> moveBy(1), n -> moves.indexOf(n) < moves.siblingsOf(n).size() - 1);
        indent = command(this::indentSelected, n -> moves.indentTarget(n).isPresent());
        outdent = command(this::outdentSelected, n -> moves.outdentTarget(n).isPresent());
        trash = command(this::trashSelected, n -> true);
        undoCommand = Command.of(undo::take, undo.offered().and(this.canChange).and(busy.not()));
    }

    private Command command(Runnable action, Predicate<ManuscriptNodeViewModel> when) {
        return Command.of(action, allowed(() -> selected.get() != null && when.test(selected.get())));
    }

    private BooleanBinding allowed(Callable<Boolean> condition) {
        return Bindings.createBooleanBinding(condition, selected, revision, loading).and(canChange).and(busy.not());
    }

    /** Loads (or reloads) the tree in the background, keeping the selection where it can. */
    public void load() {
        load(null);
    }

    private void load(UUID select) {
        if (inFlightLoad != null) {
            inFlightLoad.cancel();
        }
        loading.set(true);
        inFlightLoad = executor.execute(BackgroundTask.of(progress -> repository.tree(projectId))
                .titled("Loading the manuscript")
                .onSuccess(tree -> apply(tree, select))
                .onFailure(this::report)
                .onFinished(() -> {
                    loading.set(false);
                    busy.set(false);
                    revision.set(revision.get() + 1);
                    refreshEmptyText();
                }));
    }

    private void apply(Tree tree, UUID select) {
        UUID keep = select != null ? select : selected.get() == null ? null : selected.get().id();
        Map<UUID, ManuscriptNodeViewModel> old = new HashMap<>(byId);
        byId.clear();
        List<ManuscriptNodeViewModel> top = tree.roots().stream().map(n -> patch(tree, n, old)).toList();
        old.keySet().removeAll(byId.keySet());
        old.values().forEach(ManuscriptNodeViewModel::detach);
        top.forEach(ManuscriptNodeViewModel::detach);
        if (!roots.equals(top)) {
            roots.setAll(top);
        }
        selected.set(keep == null ? null : byId.get(keep));
    }

    private ManuscriptNodeViewModel patch(Tree tree, TreeNode node, Map<UUID, ManuscriptNodeViewModel> old) {
        ManuscriptNodeViewModel vm = old.get(node.id());
        if (vm == null) {
            vm = new ManuscriptNodeViewModel(node);
        } else {
            vm.update(node);
        }
        byId.put(node.id(), vm);
        vm.setChildren(tree.children(node.id()).stream().map(c -> patch(tree, c, old)).toList());
        return vm;
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
        TreeNode node = n.node();
        change("Renamed to “" + Titles.clean(newTitle) + "”.", () -> repository.rename(node, newTitle).id());
    }

    private void addSibling() {
        ManuscriptNodeViewModel n = selected.get();
        ManuscriptNodeViewModel parent = n.parent();
        NodeKind kind = n.kindProperty().get();
        int position = moves.indexOf(n) + 1;
        change("Added a " + Hierarchy.label(kind) + ".", () -> repository.create(projectId, parent.id(), kind,
                "New " + Hierarchy.label(kind), position).id());
    }

    private void addChild() {
        ManuscriptNodeViewModel n = selected.get();
        if (n == null) {
            change("Added the book.", () -> repository.create(projectId, null, NodeKind.BOOK, "New book").id());
            return;
        }
        NodeKind kind = Hierarchy.childKindOf(n.kindProperty().get()).orElseThrow();
        change("Added a " + Hierarchy.label(kind) + ".", () -> repository.create(projectId, n.id(), kind,
                "New " + Hierarchy.label(kind)).id());
    }

    private void moveBy(int delta) {
        ManuscriptNodeViewModel n = selected.get();
        UUID parent = n.parent().id();
        int position = moves.indexOf(n) + delta;
        change(delta < 0 ? "Moved up." : "Moved down.", () -> {
            repository.move(n.id(), parent, position);
            return n.id();
        });
    }

    private void indentSelected() {
        ManuscriptNodeViewModel n = selected.get();
        TreeMoves.Target target = moves.indentTarget(n).orElseThrow();
        change("Moved into “" + target.parent().titleProperty().get() + "”.", () -> {
            repository.move(n.id(), target.parent().id(), target.position());
            return n.id();
        });
    }

    private void outdentSelected() {
        ManuscriptNodeViewModel n = selected.get();
        TreeMoves.Target target = moves.outdentTarget(n).orElseThrow();
        change("Moved out to “" + target.parent().titleProperty().get() + "”.", () -> {
            repository.move(n.id(), target.parent().id(), target.position());
            return n.id();
        });
    }

    private void trashSelected() {
        ManuscriptNodeViewModel n = selected.get();
        UUID formerParent = n.parent() == null ? null : n.parent().id();
        int formerPosition = moves.indexOf(n);
        UUID next = moves.neighbourAfterRemoving(n).map(ManuscriptNodeViewModel::id).orElse(null);
        String title = n.titleProperty().get();
        change("Moved “" + title + "” to the trash.", () -> {
            repository.trash(n.id());
            return next;
        }, () -> {
            undo.offer("Undo trash", () -> change("Brought back “" + title + "”.", () -> {
                repository.restore(n.id());
                if (formerParent != null) {
                    repository.move(n.id(), formerParent, formerPosition);
                }
                return n.id();
            }));
        });
    }

    /** Runs one change in the background, then reloads and selects the node the change returns. */
    private void change(String done, Callable<UUID> work) {
        change(done, work, () -> { });
    }

    private void change(String done, Callable<UUID> work, Runnable afterSuccess) {
        busy.set(true);
        executor.execute(BackgroundTask.of(progress -> work.call())
                .titled("Changing the manuscript")
                .onSuccess(select -> {
                    message.set(done);
                    afterSuccess.run();
                    load(select);
                })
                .onFailure(error -> {
                    report(error);
                    load(null);
                }));
    }

    private void report(Throwable error) {
        if (error instanceof RefusedByDatabaseException || error instanceof IllegalArgumentException) {
            message.set(error.getMessage());
        } else {
            LOG.error("A manuscript tree operation failed", error);
            message.set("That did not work: " + error.getMessage());
        }
    }

    private void refreshEmptyText() {
        if (!roots.isEmpty()) {
            emptyText.set("");
        } else {
            emptyText.set(canChange.get() ? "This project has no manuscript yet. Start it with New book (Ctrl+Shift+Enter)."
                    : "This project has no manuscript yet.");
        }
    }

    public ObservableList<ManuscriptNodeViewModel> roots() {
        return readOnlyRoots;
    }

    /** "New section", "New chapter"…: what New sibling would add after the selection. */
    public javafx.beans.binding.StringBinding newSiblingLabelProperty() {
        return newSiblingLabel;
    }

    /** "New book" on an empty tree, else "New section inside" and the like. */
    public javafx.beans.binding.StringBinding newChildLabelProperty() {
        return newChildLabel;
    }

    private static String kindLabel(ManuscriptNodeViewModel node, boolean child) {
        if (node == null) {
            return child ? "book" : "section";
        }
        NodeKind kind = node.kindProperty().get();
        return Hierarchy.label(child ? Hierarchy.childKindOf(kind).orElse(kind) : kind);
    }

    public ObjectProperty<ManuscriptNodeViewModel> selectedProperty() {
        return selected;
    }

    /** The node with this id as last loaded, if any. */
    public Optional<ManuscriptNodeViewModel> node(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
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
        return trash;
    }

    public Command undoCommand() {
        return undoCommand;
    }
}
