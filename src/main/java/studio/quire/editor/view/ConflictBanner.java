package studio.quire.editor.view;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import studio.quire.editor.SectionConflictViewModel;

/** Shown when someone else saved the open section: the editor shows their text; the writer chooses. */
final class ConflictBanner extends HBox {
    ConflictBanner(SectionConflictViewModel viewModel) {
        getStyleClass().add("conflict-banner");
        setId("conflictBanner");
        Label text = new Label(viewModel.text());
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button compare = new Button("Compare…");
        compare.setId("compareConflictButton");
        compare.setTooltip(new Tooltip("See their version and yours side by side and take either, change by change"));
        compare.setOnAction(e -> viewModel.compare());
        Button mine = new Button("Use my version");
        mine.setId("useMineButton");
        mine.setOnAction(e -> viewModel.useMine());
        Button theirs = new Button("Keep theirs");
        theirs.setId("keepTheirsButton");
        theirs.setOnAction(e -> viewModel.keepTheirs());
        for (Button button : new Button[] {compare, mine, theirs}) {
            // in a narrow editor the sentence wraps; the choices stay readable
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        text.setMinWidth(0);
        getChildren().addAll(text, compare, mine, theirs);
        visibleProperty().bind(viewModel.shownProperty());
        managedProperty().bind(visibleProperty());
    }
}
