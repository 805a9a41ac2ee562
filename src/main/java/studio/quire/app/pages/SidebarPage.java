package studio.quire.app.pages;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import studio.quire.project.Project;
import studio.quire.session.Session;
import studio.quire.ui.Shortcut;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One page of the window, whole: what its sidebar item and View menu item say, its icon, its key,
 * to whom it is offered, when it is built and how. The composition root lists the pages once, in
 * the sidebar's order; the window makes from that list the sidebar, the View menu (in the order of
 * the keys), the keys and the page switching (docs/decisions/0025-one-page-one-object.md).
 *
 * @param id       names the page for the window's navigation, e.g. "review" (and its nodes' ids)
 * @param title    as the writer reads it, with the View menu's mnemonic marked: "_Review queue"
 * @param shortcut the key that shows it, from the list F1 shows
 * @param counted  whether its sidebar item shows the count of its content ({@link PageContent#badge()})
 * @param build    builds the content for a session (and, for {@link Lifetime#PROJECT}, the open project)
 */
public record SidebarPage(String id, String title, Ikon icon, Shortcut shortcut, PageAvailability availability,
                          Lifetime lifetime, boolean counted, BiFunction<Session, Project, PageContent> build) {
    /** When the page is built, and how long it lives. */
    public enum Lifetime {
        /** Built when someone signs in, kept until the session ends (it keeps a count or a listener live). */
        SESSION,
        /** Built the first time it is shown ({@link studio.quire.ui.LazyPage}), kept until the session ends. */
        FIRST_SHOWN,
        /**
         * Built when a project is opened; closed ({@link AutoCloseable}) when another opens, the
         * session ends or the window closes.
         */
        PROJECT
    }

    public SidebarPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(shortcut, "shortcut");
        Objects.requireNonNull(build, "build");
        if ((lifetime == Lifetime.PROJECT) != (availability == PageAvailability.OPEN_PROJECT)) {
            throw new IllegalArgumentException("A page of the open project is built per project: " + id);
        }
    }

    /** A page built when someone signs in and kept for the session. */
    public static SidebarPage whileSignedIn(String id, String title, Ikon icon, Shortcut shortcut,
                                            Function<Session, Node> build) {
        return new SidebarPage(id, title, icon, shortcut, PageAvailability.EVERYONE, Lifetime.SESSION, false,
                (session, project) -> PageContent.of(build.apply(session)));
    }

    /** Like {@link #whileSignedIn}, with a count beside its name (what waits in it). */
    public static SidebarPage counted(String id, String title, Ikon icon, Shortcut shortcut,
                                      Function<Session, PageContent> build) {
        return new SidebarPage(id, title, icon, shortcut, PageAvailability.EVERYONE, Lifetime.SESSION, true,
                (session, project) -> build.apply(session));
    }

    /** A page built the first time it is shown: one never opened costs nothing. */
    public static SidebarPage onFirstShow(String id, String title, Ikon icon, Shortcut shortcut,
                                          Function<Session, Node> build) {
        return new SidebarPage(id, title, icon, shortcut, PageAvailability.EVERYONE, Lifetime.FIRST_SHOWN, false,
                (session, project) -> PageContent.of(build.apply(session)));
    }

    /** The page of the open project; its sidebar item is named after the project. */
    public static SidebarPage ofOpenProject(String id, String title, Ikon icon, Shortcut shortcut,
                                            BiFunction<Session, Project, Node> build) {
        return new SidebarPage(id, title, icon, shortcut, PageAvailability.OPEN_PROJECT, Lifetime.PROJECT, false,
                (session, project) -> PageContent.of(build.apply(session, project)));
    }

    /** The same page, offered to the organization's admins only. */
    public SidebarPage forAdmins() {
        if (lifetime == Lifetime.PROJECT) {
            throw new IllegalStateException("The page of the open project is everyone's: " + id);
        }
        return new SidebarPage(id, title, icon, shortcut, PageAvailability.ADMINS, lifetime, counted, build);
    }

    /** The title without its mnemonic mark, as the sidebar shows it: "Review queue". */
    public String label() {
        return title.replace("_", "");
    }

    /** Whether {@code session}'s person may have this page at all (People is for admins). */
    public boolean isFor(Session session) {
        return availability != PageAvailability.ADMINS || session.organization().isAdmin();
    }
}
