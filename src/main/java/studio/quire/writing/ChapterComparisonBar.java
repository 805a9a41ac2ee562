package studio.quire.writing;

import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.LocalDate;

/** The inspector's offer to compare the selected chapter with an earlier day, bound to {@link ChapterComparisonViewModel}. */
public final class ChapterComparisonBar extends VBox {
    public ChapterComparisonBar(ChapterComparisonViewModel viewModel) {
        getStyleClass().add("chapter-comparison");
        setId("chapterComparison");
        Label prompt = new Label();
        prompt.setWrapText(true);
        prompt.textProperty().bind(viewModel.promptProperty());
        DatePicker day = new DatePicker();
        day.setId("chapterComparisonDay");
        day.setConverter(studio.quire.ui.DateTexts.dateConverter());
        day.valueProperty().bindBidirectional(viewModel.dayProperty());
        day.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setDisable(empty || !viewModel.choosable(date));
            }
        });
        HBox.setHgrow(day, Priority.ALWAYS);
        day.setMaxWidth(Double.MAX_VALUE);
        Button compare = new Button("Compare");
        compare.setId("compareChapterButton");
        compare.setMinWidth(Region.USE_PREF_SIZE);
        compare.setTooltip(new Tooltip("Every section of it, in order: what changed since that day"));
        compare.disableProperty().bind(viewModel.compareCommand().executableProperty().not());
        compare.setOnAction(e -> viewModel.compareCommand().execute());
        HBox row = new HBox(6, day, compare);
        getChildren().addAll(prompt, row);
        visibleProperty().bind(viewModel.availableProperty());
        managedProperty().bind(visibleProperty());
    }
}
