package studio.quire.app.pages;

import javafx.scene.Node;
import studio.quire.session.Session;

import java.util.List;
import java.util.Optional;

/** What the composition root gives the window: its pages and the status bar's item of a session. */
public interface FeatureViews {
    /** Every page, in the sidebar's order; the first is the home page, shown when no other can be. */
    List<SidebarPage> pages();

    /** What the status bar shows for the session beside the connection (writing progress), if anything. */
    Optional<Node> statusItem(Session session);
}
