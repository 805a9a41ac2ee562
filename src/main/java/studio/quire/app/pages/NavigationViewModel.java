package studio.quire.app.pages;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.quire.project.Project;
import studio.quire.ui.Command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import studio.quire.app.signin.SessionViewModel;
import studio.quire.app.signin.StatusNotice;

/**
 * Which sidebar page the window shows, and the open project. Pages are known by their id, each
 * offered once ({@link #offer}) with when it is available; the first offered is the home page,
 * shown whenever the page that was shown is no longer offered (People after becoming a writer, the
 * manuscript after someone else signs in). Knows no controls.
 */
public final class NavigationViewModel {
    private final SessionViewModel session;
    private final ReadOnlyStringWrapper page = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Project> openProject = new ReadOnlyObjectWrapper<>();
    private final Map<String, Command> commands = new LinkedHashMap<>();
    /** Kept here: the commands' conditions only listen weakly. */
    private final List<BooleanBinding> offers = new ArrayList<>();
    private final BooleanBinding projectPageShown;
    private String projectPage;

    /** @param notice the status bar's sentence, seen once the writer moves to another page */
    public NavigationViewModel(SessionViewModel session, StatusNotice notice) {
        this.session = session;
        page.addListener((obs, old, now) -> notice.clear());
        // Another person or organization may not see the project that was open.
        session.sessionProperty().addListener((obs, old, now) -> openProject.set(null));
        projectPageShown = Bindings.createBooleanBinding(() -> page.get() != null && page.get().equals(projectPage), page);
    }

    /**
     * Offers the page {@code id}; the first one offered is the home page. At most one page is of
     * the open project ({@link PageAvailability#OPEN_PROJECT}).
     *
     * @return the command that shows it, executable while connected and the page is available
     */
    public Command offer(String id, PageAvailability availability) {
        if (commands.containsKey(id)) {
            throw new IllegalArgumentException("The page " + id + " is offered twice");
        }
        BooleanBinding available = switch (availability) {
            case EVERYONE -> Bindings.createBooleanBinding(() -> true);
            case ADMINS -> session.adminProperty();
            case OPEN_PROJECT -> openProject.isNotNull();
        };
        if (availability == PageAvailability.OPEN_PROJECT) {
            if (projectPage != null) {
                throw new IllegalArgumentException("Only one page shows the open project: " + projectPage);
            }
            projectPage = id;
        }
        String home = commands.isEmpty() ? id : homePage();
        available.addListener((obs, was, now) -> {
            if (!now && id.equals(page.get())) {
                page.set(home);
            }
        });
        offers.add(available);
        Command show = Command.of(() -> page.set(id), session.readyProperty().and(available));
        commands.put(id, show);
        if (page.get() == null) {
            page.set(id);
        }
        return show;
    }

    /** Shows the page {@code id} if it can be shown now. */
    public void show(String id) {
        Optional.ofNullable(commands.get(id)).ifPresent(Command::execute);
    }

    /** The command that shows the page {@code id}, offered before. */
    public Command showCommand(String id) {
        Command show = commands.get(id);
        if (show == null) {
            throw new IllegalArgumentException("No page " + id + " is offered");
        }
        return show;
    }

    /** Shows a project on its page (from the Projects page). */
    public void openProject(Project project) {
        if (project == null || session.sessionProperty().get() == null) {
            return;
        }
        openProject.set(project);
        if (projectPage != null) {
            page.set(projectPage);
        }
    }

    /** The page shown first, and whenever the one shown is no longer offered. */
    public String homePage() {
        return commands.keySet().iterator().next();
    }

    /** The id of the page shown. */
    public ReadOnlyStringProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Project> openProjectProperty() {
        return openProject.getReadOnlyProperty();
    }

    /** True while the page of the open project (the writing desk) is the one shown. */
    public BooleanBinding projectPageShownProperty() {
        return projectPageShown;
    }
}
