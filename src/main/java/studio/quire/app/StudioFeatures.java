package studio.quire.app;

import javafx.scene.Node;
import studio.quire.admin.NewPersonPasswords;
import studio.quire.admin.PeopleRepository;
import studio.quire.admin.PeopleView;
import studio.quire.admin.PeopleViewModel;
import studio.quire.admin.Role;
import studio.quire.db.LocalCredentials;
import studio.quire.project.ProjectRepository;
import studio.quire.project.ProjectsView;
import studio.quire.project.ProjectsViewModel;
import studio.quire.ui.TaskExecutor;

/** Wires each feature page to a session: repository, view model, view. Part of the composition root. */
public final class StudioFeatures implements FeatureViews {
    private final TaskExecutor executor;
    private final SessionOpener opener;

    public StudioFeatures(TaskExecutor executor, SessionOpener opener) {
        this.executor = executor;
        this.opener = opener;
    }

    @Override
    public Node projects(Session session) {
        Role role = session.organization().role();
        ProjectsViewModel projects = new ProjectsViewModel(new ProjectRepository(session.database().dsl()),
                session.organization().orgId(), role != Role.EDITOR, executor);
        projects.load();
        return new ProjectsView(projects);
    }

    @Override
    public Node people(Session session) {
        PeopleViewModel people = new PeopleViewModel(new PeopleRepository(session.database().dsl()),
                session.organization().orgId(), session.identity().personId(), passwordsFor(session), executor);
        people.load();
        return new PeopleView(people);
    }

    private NewPersonPasswords passwordsFor(Session session) {
        if (session.isEmbedded() && opener.embeddedServer().isPresent()) {
            LocalCredentials credentials = opener.embeddedServer().get().credentials();
            return login -> new NewPersonPasswords.Issued(credentials.passwordOrCreate(login),
                    "Switch to them from File › Switch person.");
        }
        return login -> {
            String password = LocalCredentials.newPassword();
            return new NewPersonPasswords.Issued(password, "Their first password (shown once, share it privately): " + password);
        };
    }
}
