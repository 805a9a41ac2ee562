package studio.quire.app.pages;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.slf4j.LoggerFactory;
import studio.quire.project.Project;
import studio.quire.session.Session;
import studio.quire.ui.LazyPage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Where the pages are, one shown at a time: a session's pages, built as their lifetime says, and
 * the page of the open project. The home page (the first of the list) is shown when the page asked
 * for has no content (People for someone who is not an admin).
 */
public final class PagesView extends StackPane {
    private final List<SidebarPage> pages;
    private final Map<String, Node> built = new LinkedHashMap<>();
    private Node projectPage;
    private String projectPageId;

    public PagesView(List<SidebarPage> pages) {
        this.pages = pages;
        setId("content");
    }

    /** Removes the session's pages (what they keep open closes as they leave the window). */
    public void clear() {
        closeProject();
        getChildren().clear();
        built.clear();
    }

    /** Builds the pages of {@code session} that its person may have; {@code counts} hears each page's count. */
    public void build(Session session, BiConsumer<String, ObservableStringValue> counts) {
        for (SidebarPage page : pages) {
            if (!page.isFor(session)) {
                continue;
            }
            switch (page.lifetime()) {
                case SESSION -> {
                    PageContent content = page.build().apply(session, null);
                    add(page.id(), content.content());
                    if (page.counted()) {
                        counts.accept(page.id(), content.badge());
                    }
                }
                case FIRST_SHOWN -> add(page.id(), new LazyPage(() -> page.build().apply(session, null).content()));
                case PROJECT -> { }
            }
        }
    }

    private void add(String id, Node node) {
        built.put(id, node);
        getChildren().add(node);
    }

    /** Builds the page of the open project, for {@code session}; returns it, if there is such a page. */
    public Node openProject(Session session, Project project) {
        closeProject();
        for (SidebarPage page : pages) {
            if (page.lifetime() == SidebarPage.Lifetime.PROJECT) {
                projectPageId = page.id();
                projectPage = page.build().apply(session, project).content();
                getChildren().add(projectPage);
            }
        }
        return projectPage;
    }

    /** Closes the page of the open project, if one is open: the writing desk hands over its last edits. */
    public void closeProject() {
        if (projectPage != null) {
            getChildren().remove(projectPage);
            if (projectPage instanceof AutoCloseable page) {
                try {
                    page.close();
                } catch (Exception e) {
                    LoggerFactory.getLogger(PagesView.class).warn("Closing the writing desk failed", e);
                }
            }
            projectPage = null;
        }
    }

    /** Shows the page {@code id} (the home page when it has no content); returns the id of the page shown. */
    public String show(String id) {
        String home = pages.isEmpty() ? null : pages.get(0).id();
        Node shown = id != null && id.equals(projectPageId) ? projectPage : built.get(id);
        String shownId = id;
        if (shown == null) {
            shownId = home;
            shown = built.get(home);
        }
        for (Node node : built.values()) {
            node.setVisible(node == shown);
        }
        if (projectPage != null) {
            projectPage.setVisible(projectPage == shown);
        }
        return shownId;
    }
}
