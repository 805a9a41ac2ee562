package studio.quire.admin;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.ui.Actions;
import studio.quire.ui.Command;
import studio.quire.ui.Failures;
import studio.quire.ui.TaskExecutor;

import java.util.Optional;
import java.util.UUID;

/**
 * The People page (admins): the organization's members, adding a person (a new PostgreSQL
 * login role), changing roles and deactivating. The database decides who may; this shows why not.
 */
public final class PeopleViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PeopleViewModel.class);

    private final PeopleRepository repository;
    private final UUID orgId;
    private final UUID myPersonId;
    private final NewPersonPasswords passwords;

    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ObjectProperty<Member> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Failures failures = Failures.of(LOG, "A people operation", message::set,
            RefusedByDatabaseException.class);
    private final Actions actions;
    private final Command deactivate;
    private final BooleanBinding selectionActive;

    public PeopleViewModel(PeopleRepository repository, UUID orgId, UUID myPersonId, NewPersonPasswords passwords,
                           TaskExecutor executor) {
        this.repository = repository;
        this.orgId = orgId;
        this.myPersonId = myPersonId;
        this.passwords = passwords;
        this.actions = new Actions(executor, failures::report);
        this.selectionActive = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().active(), selected);
        this.deactivate = Command.of(this::deactivateSelected, selectionActive);
    }

    public void load() {
        loading.set(true);
        actions.background("Loading people", () -> repository.members(orgId))
                .onSuccess(list -> {
                    UUID keep = selected.get() == null ? null : selected.get().personId();
                    members.setAll(list);
                    selected.set(list.stream().filter(m -> m.personId().equals(keep)).findFirst().orElse(null));
                })
                .onFinished(() -> loading.set(false))
                .start();
    }

    public Optional<String> loginProblem(String login) {
        return LoginNames.problem(login);
    }

    public Optional<String> nameProblem(String name) {
        return name == null || name.isBlank() ? Optional.of("Enter the person's name.")
                : studio.quire.db.TextLimit.PERSON_NAME.problem(name.strip());
    }

    public void addPerson(String login, String displayName, Role role) {
        if (loginProblem(login).isPresent() || nameProblem(displayName).isPresent()) {
            return;
        }
        actions.background("Adding a person", () -> {
                    if (repository.loginExists(login)) {
                        repository.addPerson(orgId, login, displayName.strip(), role, null);
                        return login + " already has a login; their password is unchanged.";
                    }
                    NewPersonPasswords.Issued issued = passwords.issue(login);
                    repository.addPerson(orgId, login, displayName.strip(), role, issued.password());
                    passwords.keep(login, issued.password());
                    return issued.note();
                })
                .onSuccess(note -> {
                    message.set("Added " + displayName.strip() + " as " + role.label().toLowerCase() + ". " + note);
                    load();
                })
                .start();
    }

    public void changeRole(Role role) {
        Member member = selected.get();
        if (member == null || member.role() == role) {
            return;
        }
        actions.background("Changing a role", () -> {
                    repository.setRole(orgId, member.personId(), role);
                    return role;
                })
                .onSuccess(v -> message.set(member.displayName() + " is now " + role.label().toLowerCase() + "."))
                .onFinished(this::load)
                .start();
    }

    private void deactivateSelected() {
        Member member = selected.get();
        if (member == null) {
            return;
        }
        actions.background("Deactivating a person", () -> {
                    repository.deactivate(orgId, member.personId());
                    return member;
                })
                .onSuccess(v -> {
                    message.set(member.displayName() + " was deactivated"
                            + (member.personId().equals(myPersonId) ? " (that was you)." : "."));
                    load();
                })
                .start();
    }

    public ObservableList<Member> members() {
        return members;
    }

    public ObjectProperty<Member> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding selectionActiveProperty() {
        return selectionActive;
    }

    public Command deactivateCommand() {
        return deactivate;
    }
}
