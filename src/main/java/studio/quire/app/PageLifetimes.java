package studio.quire.app;

import javafx.scene.Node;
import org.slf4j.LoggerFactory;

/** Ties what a page keeps open (a database listener) to the page: it closes when the page leaves its window. */
final class PageLifetimes {
    private PageLifetimes() {
    }

    /** Closes {@code resource} once {@code page} is removed from its scene (a new session replaces the pages). */
    static void closeWhenRemoved(Node page, AutoCloseable resource) {
        page.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null && scene == null) {
                try {
                    resource.close();
                } catch (Exception e) {
                    LoggerFactory.getLogger(PageLifetimes.class).warn("Closing what a page kept open failed", e);
                }
            }
        });
    }
}
