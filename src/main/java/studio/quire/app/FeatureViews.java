package studio.quire.app;

import javafx.scene.Node;

/** Builds the feature pages for a session (the composition root implements it). */
public interface FeatureViews {
    Node projects(Session session);

    Node people(Session session);

    Node manuscript(Session session, studio.quire.project.Project project);
}
