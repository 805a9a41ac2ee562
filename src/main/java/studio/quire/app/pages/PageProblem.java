package studio.quire.app.pages;

import javafx.scene.control.Label;

/** What a page shows instead of its content when it cannot be built: the sentence that says why. */
public final class PageProblem extends Label {
    public PageProblem(String sentence) {
        super(sentence);
        setWrapText(true);
        getStyleClass().add("page-problem");
    }
}
