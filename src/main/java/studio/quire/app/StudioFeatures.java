package studio.quire.app;

import javafx.scene.Node;
import studio.quire.admin.NewPersonPasswords;
import studio.quire.admin.PeopleRepository;
import studio.quire.admin.PeopleView;
import studio.quire.admin.PeopleViewModel;
import studio.quire.db.LocalCredentials;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.ManuscriptTreeView;
import studio.quire.manuscript.ManuscriptTreeViewModel;
import studio.quire.project.Project;
import studio.quire.project.ProjectRepository;
import studio.quire.project.ProjectsView;
import studio.quire.project.ProjectsViewModel;
import studio.quire.ui.TaskExecutor;

/** Wires each feature page to a session: repository, view model, view. Part of the composition root. */
public final class StudioFeatures implements FeatureViews {
    private final TaskExecutor executor;
    private final SessionOpener opener;
    private final java.util.function.Consumer<Project> openProject;

    /** @param openProject what opening a project on the Projects page does */
    public StudioFeatures(TaskExecutor executor, SessionOpener opener, java.util.function.Consumer<Project> openProject) {
        this.executor = executor;
        this.opener = opener;
        this.openProject = openProject;
    }

    @Override
    public Node projects(Session session) {
        ProjectsViewModel projects = new ProjectsViewModel(new ProjectRepository(session.database().dsl()),
                session.organization().orgId(), session.organization().role().canAuthor(), executor, openProject);
        projects.load();
        return new ProjectsView(projects);
    }

    @Override
    public Node manuscript(Session session, Project project) {
        ManuscriptTreeViewModel tree = new ManuscriptTreeViewModel(new ManuscriptTreeRepository(session.database().dsl()),
                project.id(), session.organization().role().canAuthor(), executor);
        tree.load();
        return new ManuscriptTreeView(tree);
    }

    @Override
    public Node people(Session session) {
        PeopleViewModel people = new PeopleViewModel(new PeopleRepository(session.database().dsl()),
                session.organization().orgId(), session.identity().personId(), passwordsFor(session), executor);
        people.load();
        return new PeopleView(people);
    }

    private NewPersonPasswords passwordsFor(Session session) {
        boolean embedded = session.isEmbedded() && opener.embeddedServer().isPresent();
        return new NewPersonPasswords() {
            @Override
            public Issued issue(String login) {
                String password = LocalCredentials.newPassword();
                return new Issued(password, embedded ? "Switch to them from File › Switch person."
                        : "Their first password (shown once, share it privately): " + password);
            }

            @Override
            public void keep(String login, String password) throws java.io.IOException {
                if (embedded) {
                    opener.embeddedServer().get().credentials().put(login, password);
                }
            }
        };
    }
}
