package studio.quire.review.workflow;

import javafx.beans.binding.BooleanBinding;
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
import studio.quire.admin.Role;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.ui.Actions;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.ErrorText;
import studio.quire.ui.Failures;
import studio.quire.ui.TaskExecutor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The Workflows page: an organization's review workflow templates, the selected one edited as a
 * working copy ({@link #draft()}) and saved in one go, with undo and revert. Everyone sees the
 * workflows; only admins change them (the database refuses anyone else, and the commands are off).
 * Another template can be chosen only once the edits are saved or reverted, so none are lost.
 */
public final class WorkflowTemplatesViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowTemplatesViewModel.class);
    static final String READ_ONLY = "Only admins change workflows; you can see them here.";
    static final String LOAD_FAILED = "The workflows could not be loaded. Open the page again to retry.";
    static final String UNSAVED = "Save or revert the changes to “%s” first.";

    private final WorkflowTemplateRepository repository;
    private final UUID orgId;
    private final boolean isAdmin;
    private final TaskExecutor executor;

    private final ObservableList<WorkflowTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<WorkflowTemplate> readOnlyTemplates = FXCollections.unmodifiableObservableList(templates);
    private final ReadOnlyObjectWrapper<WorkflowTemplate> selected = new ReadOnlyObjectWrapper<>();
    private final WorkflowDraft draft = new WorkflowDraft();
    private final ObservableList<Escalation> escalations = FXCollections.observableArrayList();
    private final Map<UUID, String> memberNames = new HashMap<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Failures failures = Failures.of(LOG, "A workflow operation", message::set,
            RefusedByDatabaseException.class);
    private final Actions actions;
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final WorkflowCommands commands;

    public WorkflowTemplatesViewModel(WorkflowTemplateRepository repository, UUID orgId, boolean isAdmin,
                                      TaskExecutor executor) {
        this.repository = Objects.requireNonNull(repository);
        this.orgId = Objects.requireNonNull(orgId);
        this.isAdmin = isAdmin;
        this.executor = Objects.requireNonNull(executor);
        this.actions = new Actions(executor, this::report);
        this.commands = new WorkflowCommands(this, draft, selected, actions.busyProperty().or(loading), isAdmin);
    }

    /** Loads the templates and the members (for escalation targets) in the background. */
    public void load() {
        loading.set(true);
        actions.background("Loading workflows", () -> new Loaded(repository.templates(orgId), repository.members(orgId)))
                .onSuccess(this::apply)
                .onFailure(error -> {
                    if (templates.isEmpty()) {
                        emptyText.set(LOAD_FAILED);
                    }
                })
                .onFinished(() -> loading.set(false))
                .start();
    }

    private void apply(Loaded loaded) {
        memberNames.clear();
        List<Escalation> targets = new ArrayList<>();
        targets.add(Escalation.NONE);
        for (Role role : Role.values()) {
            targets.add(Escalation.toRole(role));
        }
        for (WorkflowMember member : loaded.members()) {
            memberNames.put(member.personId(), member.displayName());
            targets.add(Escalation.toPerson(member.personId()));
        }
        escalations.setAll(targets);
        templates.setAll(loaded.templates());
        emptyText.set(!templates.isEmpty() ? "" : isAdmin ? "No workflows yet. Start one with New workflow."
                : "No workflows yet. An admin sets them up.");
        UUID keep = selected.get() == null ? null : selected.get().id();
        WorkflowTemplate again = find(keep).orElse(null);
        if (again != null && draft.dirtyProperty().get()) {
            selected.set(again);
            return;
        }
        show(again != null ? again : templates.isEmpty() ? null : templates.get(0));
    }

    /**
     * Chooses the template to edit; refused (false, with a message) while the current one has
     * unsaved edits.
     */
    public boolean select(WorkflowTemplate template) {
        WorkflowTemplate current = selected.get();
        if (template == null || current != null && current.id().equals(template.id())) {
            return true;
        }
        if (draft.dirtyProperty().get()) {
            message.set(String.format(UNSAVED, current.name()));
            return false;
        }
        message.set("");
        show(template);
        return true;
    }

    private void show(WorkflowTemplate template) {
        selected.set(template);
        draft.start(template);
    }

    private Optional<WorkflowTemplate> find(UUID id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    // Commands run here; WorkflowCommands decides when each is executable.

    void newTemplate() {
        String name = freeName();
        run("Creating a workflow", () -> repository.create(orgId, name), created -> {
            templates.add(created);
            show(created);
            // said last: the list following the change may select (and so clear the line) first
            message.set("Created “" + created.name() + "”: rename it and add its steps, then save.");
            load();
        });
    }

    private String freeName() {
        List<String> taken = templates.stream().map(t -> t.name().strip().toLowerCase(Locale.ROOT)).toList();
        String name = "New workflow";
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = "New workflow " + n;
        }
        return name;
    }

    void save() {
        WorkflowTemplate edited = draft.edited();
        Optional<String> problem = WorkflowValidation.problem(edited, templates);
        if (problem.isPresent()) {
            message.set(problem.get());
            return;
        }
        run("Saving the workflow", () -> repository.save(edited), saved -> {
            replace(saved);
            draft.start(saved);
            message.set("Saved “" + saved.name() + "”.");
        });
    }

    void makeDefault() {
        WorkflowTemplate template = selected.get();
        run("Making the workflow the default", () -> {
            repository.makeDefault(template.id());
            return template;
        }, done -> {
            message.set("New submissions now go through “" + template.name() + "”.");
            load();
        });
    }

    /** Deletes the selected template; the view asks first. */
    void delete() {
        WorkflowTemplate template = selected.get();
        run("Deleting the workflow", () -> {
            repository.delete(template.id());
            return template;
        }, done -> {
            show(null);
            templates.remove(template);
            message.set("Deleted “" + template.name() + "”. Requests already submitted with it keep their steps.");
            load();
        });
    }

    private void replace(WorkflowTemplate saved) {
        for (int i = 0; i < templates.size(); i++) {
            if (templates.get(i).id().equals(saved.id())) {
                templates.set(i, saved);
            }
        }
        selected.set(saved);
    }

    private <T> void run(String title, Callable<T> work, Consumer<T> then) {
        message.set("");
        actions.busy(title, work).onSuccess(then).start();
    }

    private void report(Throwable error) {
        if (error instanceof WorkflowConflictException) {
            LOG.info("A workflow save met a newer version: {}", error.getMessage());
            message.set(error.getMessage() + " Save again to replace their version with yours, or Revert to see theirs.");
            UUID id = selected.get().id();
            executor.execute(BackgroundTask.of(progress -> repository.template(id))
                    .onSuccess(fresh -> {
                        replace(fresh);
                        draft.rebase(fresh);
                    })
                    .onFailure(e -> LOG.warn("Reloading a workflow failed: {}", ErrorText.oneLine(e))));
        } else {
            failures.report(error);
        }
    }

    /** How an escalation target reads in a choice: "No escalation", "Any admin", a person's name. */
    public String escalationLabel(Escalation escalation) {
        if (escalation == null || escalation.isNone()) {
            return "No escalation";
        }
        if (escalation.role() != null) {
            return "Any " + escalation.role().label().toLowerCase(Locale.ROOT);
        }
        return memberNames.getOrDefault(escalation.person(), "Someone no longer in the organization");
    }

    /** The deciding roles a step can have. */
    public List<Role> roles() {
        return List.of(Role.values());
    }

    public ObservableList<WorkflowTemplate> templates() {
        return readOnlyTemplates;
    }

    /** The template being edited (as last loaded or saved), or null. */
    public ReadOnlyObjectProperty<WorkflowTemplate> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The working copy: name, step rows, selected step, dirty, undo. */
    public WorkflowDraft draft() {
        return draft;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return draft.dirtyProperty();
    }

    /** None, each role, then each active member: where an overdue step can go. */
    public ObservableList<Escalation> escalationChoices() {
        return escalations;
    }

    public boolean isAdmin() {
        return isAdmin;
    }

    /** Whether the form may be edited: an admin, with a template selected, while nothing runs. */
    public BooleanBinding editableProperty() {
        return commands.editable();
    }

    /** For non-admins: why nothing can be changed here; "" for admins. */
    public String readOnlyNotice() {
        return isAdmin ? "" : READ_ONLY;
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

    /** What the empty list says, or "" when there are templates. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public WorkflowCommands commands() {
        return commands;
    }

    private record Loaded(List<WorkflowTemplate> templates, List<WorkflowMember> members) {
    }
}
