package studio.quire.brand.kits;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.store.AssetRepository;
import studio.quire.brand.store.BrandKitRepository;
import studio.quire.brand.store.KitSummary;
import studio.quire.brand.store.StaleKitException;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.ui.Actions;
import studio.quire.ui.Command;
import studio.quire.ui.Failures;
import studio.quire.ui.TaskExecutor;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The Brand kits page: the kits of the organization on the left, the chosen one edited as a
 * working copy ({@link #draft()}) and saved in one go, with undo and revert; a kit file in and out;
 * images added to the kit. Consultants and admins change kits (the database refuses anyone else,
 * and the commands are off); writers and editors read them. Another kit can be chosen only once
 * the edits are saved or reverted, so none are lost.
 */
public final class BrandKitsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BrandKitsViewModel.class);
    static final String READ_ONLY = "Consultants and admins change brand kits; you can see them here.";
    static final String UNSAVED = "Save or revert the changes to “%s” first.";
    static final String STALE = "Someone else saved this kit since you opened it. Save again to replace their"
            + " version with yours, or Revert to see theirs.";
    static final String EMPTY_EDITOR = "No brand kits yet. Start one with New kit, or import a kit file.";
    static final String EMPTY_READER = "No brand kits yet. A consultant sets them up.";

    private final BrandKitRepository kits;
    private final AssetRepository assets;
    private final UUID orgId;
    private final boolean canEdit;
    private final ObservableList<KitSummary> summaries = FXCollections.observableArrayList();
    private final ObservableList<KitSummary> readOnlySummaries = FXCollections.unmodifiableObservableList(summaries);
    private final ReadOnlyObjectWrapper<KitSummary> selected = new ReadOnlyObjectWrapper<>();
    private final KitDraft draft = new KitDraft();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final Failures failures = Failures.of(LOG, "The brand kit", message::set,
            RefusedByDatabaseException.class, IllegalArgumentException.class);
    private final Actions actions;
    private final BooleanBinding editable;
    private final Command newKit;
    private final Command save;
    private final Command revert;
    private final Command undo;
    private final Command delete;
    private final KitEdits edits;
    private final KitFiles files;

    public BrandKitsViewModel(BrandKitRepository kits, AssetRepository assets, UUID orgId, boolean canEdit,
                              TaskExecutor executor) {
        this.kits = Objects.requireNonNull(kits);
        this.assets = Objects.requireNonNull(assets);
        this.orgId = Objects.requireNonNull(orgId);
        this.canEdit = canEdit;
        this.actions = new Actions(executor, this::report);
        BooleanBinding idle = actions.busyProperty().or(loading).not();
        BooleanBinding open = draft.kitProperty().isNotNull();
        this.editable = Bindings.createBooleanBinding(() -> canEdit, idle).and(idle).and(open);
        newKit = Command.of(this::newKit, Bindings.createBooleanBinding(() -> canEdit).and(idle)
                .and(draft.dirtyProperty().not()));
        save = Command.of(this::save, editable.and(draft.dirtyProperty()));
        revert = Command.of(this::revert, editable.and(draft.dirtyProperty()));
        undo = Command.of(draft::undo, editable.and(draft.canUndoProperty()));
        delete = Command.of(this::delete, editable.and(draft.dirtyProperty().not()));
        edits = new KitEdits(draft, editable, message::set);
        files = new KitFiles(this, kits, assets, orgId);
    }

    /** Loads the kit list in the background, keeping the chosen kit chosen. */
    public void load() {
        loading.set(true);
        actions.background("Loading brand kits", kits::kits)
                .onSuccess(this::listed)
                .onFinished(() -> loading.set(false))
                .start();
    }

    private void listed(List<KitSummary> loaded) {
        List<KitSummary> mine = loaded.stream().filter(k -> k.orgId().equals(orgId)).toList();
        summaries.setAll(mine);
        emptyText.set(!mine.isEmpty() ? "" : canEdit ? EMPTY_EDITOR : EMPTY_READER);
        UUID keep = selected.get() == null ? null : selected.get().id();
        Optional<KitSummary> again = find(keep);
        if (again.isPresent()) {
            selected.set(again.get());
        } else if (!draft.dirtyProperty().get()) {
            open(mine.isEmpty() ? null : mine.get(0));
        }
    }

    /** Chooses the kit to edit; refused (false, with a message) while the open one has unsaved edits. */
    public boolean select(KitSummary summary) {
        KitSummary current = selected.get();
        if (summary == null || current != null && current.id().equals(summary.id())) {
            return true;
        }
        if (draft.dirtyProperty().get()) {
            message.set(String.format(UNSAVED, draft.original().name()));
            return false;
        }
        message.set("");
        open(summary);
        return true;
    }

    private void open(KitSummary summary) {
        selected.set(summary);
        if (summary == null) {
            draft.start(null);
            return;
        }
        run("Opening the kit", () -> kits.load(summary.id()).orElseThrow(
                () -> new IllegalArgumentException("“" + summary.name() + "” is gone: someone deleted it.")),
                draft::start);
    }

    private Optional<KitSummary> find(UUID id) {
        return summaries.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    private void newKit() {
        BrandKit fresh = BrandKit.empty(orgId, freeName("New brand kit"))
                .withColours(List.of(new KitColour("Ink", "#1F2328"), new KitColour("Paper", "#FFFFFF")));
        run("Creating a brand kit", () -> kits.create(fresh), created -> {
            draft.start(created);
            message.set("Created “" + created.name() + "”: name it and add its colours, fonts and logos, then save.");
            reloadSelecting(created.id());
        });
    }

    String freeName(String base) {
        List<String> taken = summaries.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private void save() {
        BrandKit edited = draft.edited();
        run("Saving the brand kit", () -> kits.save(edited), saved -> {
            draft.saved(saved);
            message.set("Saved “" + saved.name() + "”.");
            reloadSelecting(saved.id());
        });
    }

    private void revert() {
        draft.revert();
        message.set("Back to the kit as last saved. Undo brings the changes back.");
    }

    /** Deletes the open kit; the view asks first. */
    private void delete() {
        BrandKit kit = draft.edited();
        run("Deleting the brand kit", () -> {
            kits.delete(kit.id(), kit.version());
            return kit;
        }, done -> {
            selected.set(null);
            draft.start(null);
            message.set("Deleted “" + kit.name() + "”.");
            load();
        });
    }

    void reloadSelecting(UUID id) {
        selected.set(null);
        actions.background("Loading brand kits", kits::kits).onSuccess(loaded -> {
            summaries.setAll(loaded.stream().filter(k -> k.orgId().equals(orgId)).toList());
            emptyText.set("");
            find(id).ifPresent(selected::set);
        }).start();
    }

    private void report(Throwable error) {
        if (!(error instanceof StaleKitException) || draft.edited() == null) {
            failures.report(error);
            return;
        }
        LOG.info("A brand kit save met a newer version: {}", error.getMessage());
        UUID id = draft.edited().id();
        actions.background("Loading the newer kit", () -> kits.load(id)).onSuccess(fresh -> {
            fresh.ifPresent(draft::rebase);
            message.set(fresh.isPresent() ? STALE : "Someone else deleted this kit since you opened it.");
        }).start();
    }

    /** Work that does not make the page busy (thumbnails); a failure is said on the message line. */
    <T> void background(String title, Callable<T> work, Consumer<T> then) {
        actions.background(title, work).onSuccess(then).start();
    }

    <T> void run(String title, Callable<T> work, Consumer<T> then) {
        message.set("");
        actions.busy(title, work).onSuccess(then).start();
    }

    public ObservableList<KitSummary> kits() {
        return readOnlySummaries;
    }

    public ReadOnlyObjectProperty<KitSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public KitDraft draft() {
        return draft;
    }

    /** The editor's changes to the open kit, each one undo step. */
    public KitEdits edits() {
        return edits;
    }

    /** Kit files in and out, and the kit's images. */
    public KitFiles files() {
        return files;
    }

    void say(String line) {
        message.set(line);
    }

    public boolean canEdit() {
        return canEdit;
    }

    /** For readers: why nothing can be changed here; "" for consultants and admins. */
    public String readOnlyNotice() {
        return canEdit ? "" : READ_ONLY;
    }

    public BooleanBinding editableProperty() {
        return editable;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return actions.busyProperty();
    }

    /** One line: what just happened, or why not; "" when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public Command newKitCommand() {
        return newKit;
    }

    public Command saveCommand() {
        return save;
    }

    public Command revertCommand() {
        return revert;
    }

    public Command undoCommand() {
        return undo;
    }

    public Command deleteCommand() {
        return delete;
    }
}
