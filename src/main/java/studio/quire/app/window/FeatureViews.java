package studio.quire.app.window;

import javafx.scene.Node;

import studio.quire.session.Session;
/** Builds the feature pages for a session (the composition root implements it). */
public interface FeatureViews {
    Node projects(Session session);

    Node people(Session session);

    /** The approval queue of the signed-in person, kept up to date while the session lasts, with its count. */
    SidebarPage reviewQueue(Session session);

    /** The signed-in person's notifications, kept up to date while the session lasts, with the unread count. */
    SidebarPage inbox(Session session);

    /** The organization's review workflows: admins edit them, everyone else reads them. */
    Node workflows(Session session);

    /** The writing desk of a project; closing it ({@link AutoCloseable}) ends its writing session. */
    Node manuscript(Session session, studio.quire.project.Project project);

    /** What the status bar shows for the session beside the connection (writing progress). */
    Node statusItem(Session session);
}
