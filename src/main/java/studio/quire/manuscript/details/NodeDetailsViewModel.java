package studio.quire.manuscript.details;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.ui.Actions;
import studio.quire.ui.Command;
import studio.quire.ui.Failures;
import studio.quire.ui.TaskExecutor;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import studio.quire.manuscript.tree.ManuscriptNodeViewModel;
import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.Titles;
import studio.quire.manuscript.ContentType;
import studio.quire.manuscript.NodeStatus;

/**
 * The inspector of one node: its details as editable properties, saved in the background with
 * the node's optimistic version. A node changed by someone else meanwhile is never overwritten:
 * their version is shown instead. The view decides when to save (a field left, a pause in typing)
 * and calls {@link #save()}; saving without changes does nothing.
 */
public final class NodeDetailsViewModel {
    static final String CONFLICT = "Changed by someone else; showing their version.";
    private static final Logger LOG = LoggerFactory.getLogger(NodeDetailsViewModel.class);

    private final NodeDetailsRepository repository;
    private final boolean canEdit;

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<NodeStatus> status = new SimpleObjectProperty<>(NodeStatus.DRAFT);
    private final javafx.collections.ObservableList<NodeStatus> statusChoices =
            javafx.collections.FXCollections.observableArrayList(NodeStatus.choicesFrom(NodeStatus.DRAFT));
    private final StringProperty synopsis = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final ObjectProperty<ContentType> contentType = new SimpleObjectProperty<>(ContentType.TEXT);
    private final StringProperty keywords = new SimpleStringProperty("");
    private final ObservableList<SocialSnippetRow> snippets = FXCollections.observableArrayList(
            row -> new Observable[] {row.platformProperty(), row.textProperty()});
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final Failures failures = Failures.of(LOG, "Loading or saving a node's details", state::set,
            RefusedByDatabaseException.class, IllegalArgumentException.class);
    private final Actions actions;
    private final javafx.beans.property.ReadOnlyObjectWrapper<NodeKind> kind = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final Command addSnippet;

    private NodeDetails base;
    private UUID showing;
    private boolean populating;
    private boolean dirty;
    private boolean saving;
    private boolean saveAgain;
    private long edits;

    public NodeDetailsViewModel(NodeDetailsRepository repository, boolean canEdit, TaskExecutor executor) {
        this.repository = repository;
        this.actions = new Actions(executor, failures::report);
        this.canEdit = canEdit;
        // Change listeners, not invalidation listeners: those stay silent while nobody reads the value.
        javafx.beans.value.ChangeListener<Object> edited = (obs, was, now) -> {
            if (!populating) {
                dirty = true;
                edits++;
            }
        };
        List.<javafx.beans.value.ObservableValue<?>>of(title, status, synopsis, notes, tags, contentType, keywords)
                .forEach(p -> p.addListener(edited));
        snippets.addListener((ListChangeListener<SocialSnippetRow>) c -> edited.changed(null, null, null));
        addSnippet = Command.of(() -> snippets.add(new SocialSnippetRow("", "")), editable);
    }

    /** Shows the details of whatever node {@code selected} holds, following it and its version. */
    public void follow(ReadOnlyObjectProperty<ManuscriptNodeViewModel> selected) {
        javafx.beans.value.ChangeListener<Number> versionChanged = (obs, was, now) -> {
            ManuscriptNodeViewModel n = selected.get();
            if (n != null && base != null && n.id().equals(base.id()) && n.versionProperty().get() != base.version()
                    && !dirty && !saving) {
                show(n.id());
            }
        };
        selected.addListener((obs, was, now) -> {
            if (was != null) {
                was.versionProperty().removeListener(versionChanged);
            }
            if (now != null) {
                now.versionProperty().addListener(versionChanged);
            }
            show(now == null ? null : now.id());
        });
        show(selected.get() == null ? null : selected.get().id());
    }

    /** Shows one node's details (loaded in the background), saving pending edits of the previous one first. */
    public void show(UUID nodeId) {
        if (dirty && base != null && !Objects.equals(nodeId, base.id())) {
            save();
        }
        showing = nodeId;
        if (nodeId == null) {
            base = null;
            shown.set(false);
            editable.set(false);
            state.set("");
            return;
        }
        actions.background("Loading the node's details", () -> repository.load(nodeId))
                .onSuccess(found -> {
                    if (!nodeId.equals(showing)) {
                        return;
                    }
                    found.ifPresentOrElse(d -> {
                        populate(d);
                        state.set("");
                    }, () -> {
                        base = null;
                        shown.set(false);
                        editable.set(false);
                        state.set("This node is gone or in the trash.");
                    });
                })
                .start();
    }

    /** Saves the edits, if any, in the background; a save asked for during a save follows it. */
    public void save() {
        if (!dirty || base == null || !editable.get()) {
            return;
        }
        if (saving) {
            saveAgain = true;
            return;
        }
        if (Titles.problem(title.get()).isPresent()) {
            state.set(Titles.problem(title.get()).get());
            return;
        }
        NodeDetails edited = snapshot();
        long editsAtStart = edits;
        saving = true;
        state.set("Saving…");
        actions.background("Saving the node's details", () -> repository.save(edited))
                .onSuccess(result -> saved(edited, editsAtStart, result))
                .onFinished(() -> {
                    saving = false;
                    if (saveAgain) {
                        saveAgain = false;
                        save();
                    }
                })
                .start();
    }

    private void saved(NodeDetails edited, long editsAtStart, NodeSaveResult result) {
        if (base == null || !base.id().equals(edited.id())) {
            return;
        }
        if (result instanceof NodeSaveResult.Conflict conflict) {
            saveAgain = false;
            populate(conflict.details());
            state.set(CONFLICT);
            return;
        }
        // Only the version moves on: refilling the fields would take the caret from someone typing.
        base = result.details();
        if (edits == editsAtStart) {
            dirty = false;
        }
        state.set("Saved.");
    }

    private NodeDetails snapshot() {
        Map<String, String> social = new LinkedHashMap<>();
        snippets.forEach(row -> social.merge(row.platformProperty().get().strip(), row.textProperty().get(), (a, b) -> a));
        social.remove("");
        return new NodeDetails(base.id(), base.kind(), base.version(), title.get(), status.get(), synopsis.get(),
                notes.get(), split(tags.get(), ","), contentType.get(), split(keywords.get(), "[,\\n]"), social);
    }

    private static List<String> split(String text, String separator) {
        return NodeDetailsRepository.cleanList(Arrays.asList((text == null ? "" : text).split(separator)));
    }

    private void populate(NodeDetails d) {
        populating = true;
        try {
            base = d;
            title.set(d.title());
            statusChoices.setAll(NodeStatus.choicesFrom(d.status()));
            status.set(d.status());
            synopsis.set(d.synopsis());
            notes.set(d.notes());
            tags.set(String.join(", ", d.tags()));
            contentType.set(d.contentType());
            keywords.set(String.join("\n", d.keywords()));
            snippets.setAll(d.socialSnippets().entrySet().stream()
                    .map(e -> new SocialSnippetRow(e.getKey(), e.getValue())).toList());
            kind.set(d.kind());
            dirty = false;
        } finally {
            populating = false;
        }
        shown.set(true);
        editable.set(canEdit);
    }

    /** Removes one snippet row (a save follows like any other edit). */
    public void removeSnippet(SocialSnippetRow row) {
        if (editable.get()) {
            snippets.remove(row);
        }
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The statuses the writer may choose now (review statuses come from review decisions). */
    public javafx.collections.ObservableList<NodeStatus> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<NodeStatus> statusProperty() {
        return status;
    }

    public StringProperty synopsisProperty() {
        return synopsis;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** Tags, comma-separated as typed. */
    public StringProperty tagsProperty() {
        return tags;
    }

    public ObjectProperty<ContentType> contentTypeProperty() {
        return contentType;
    }

    /** Keywords, one per line. */
    public StringProperty keywordsProperty() {
        return keywords;
    }

    public ObservableList<SocialSnippetRow> snippets() {
        return snippets;
    }

    public Command addSnippetCommand() {
        return addSnippet;
    }

    public ReadOnlyObjectProperty<NodeKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** Whether a node is shown at all. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Whether the fields may be edited: a node is shown and the role may author. */
    public ReadOnlyBooleanProperty editableProperty() {
        return BooleanProperty.readOnlyBooleanProperty(editable);
    }

    /** "Saving…", "Saved.", a conflict or a refusal: one line for the person. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Whether there are edits not yet sent to the database. */
    public boolean hasUnsavedEdits() {
        return dirty;
    }
}
