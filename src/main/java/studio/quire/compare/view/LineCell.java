package studio.quire.compare.view;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import studio.quire.compare.Row;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * One line of the comparison: a TextFlow inline, or two aligned TextFlows side by side. The cell
 * keeps its nodes and only swaps their Text children, so scrolling creates no layout trees; its
 * preferred width is 0 so the text wraps to the list's width instead of widening it.
 */
final class LineCell extends ListCell<ComparisonLine> {
    /** Room for the list's scroll bar and the line's padding. */
    private static final double INSET = 44;
    private static final double GAP = 16;

    private final Supplier<LinePainter> painter;
    private final Supplier<ComparisonMode> mode;
    private final Column inline = new Column();
    private final Column older = new Column();
    private final Column newer = new Column();
    private final HBox sideBySide = new HBox(GAP, older.box, newer.box);

    LineCell(ObservableDoubleValue listWidth, Supplier<LinePainter> painter, Supplier<ComparisonMode> mode,
             IntConsumer onChangeClicked) {
        this.painter = painter;
        this.mode = mode;
        setOnMouseClicked(event -> {
            Node picked = event.getPickResult().getIntersectedNode();
            int id = LinePainter.changeAt(getItem(), picked == null ? null : picked.getUserData());
            if (id >= 0) {
                onChangeClicked.accept(id);
            }
        });
        setPrefWidth(0);
        setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        inline.fit(Bindings.max(1, Bindings.subtract(listWidth, INSET)));
        var half = Bindings.max(1, Bindings.subtract(listWidth, INSET + GAP).divide(2));
        older.fit(half);
        newer.fit(half);
        older.box.getStyleClass().add("older-column");
        newer.box.getStyleClass().add("newer-column");
        HBox.setHgrow(older.box, Priority.ALWAYS);
        HBox.setHgrow(newer.box, Priority.ALWAYS);
        getStyleClass().add("comparison-line-cell");
    }

    @Override
    protected void updateItem(ComparisonLine line, boolean empty) {
        super.updateItem(line, empty);
        setText(null);
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        if (line.isTitle()) {
            Text title = new Text(line.title());
            title.getStyleClass().add("part-title-text");
            inline.show(List.of(title), "");
            inline.box.getStyleClass().setAll("comparison-line", "part-title");
            setGraphic(inline.box);
            return;
        }
        LinePainter paint = painter.get();
        Row row = line.content();
        List<String> lineClasses = paint.lineClasses(row);
        if (mode.get() == ComparisonMode.SIDE_BY_SIDE) {
            paintColumn(older, paint, line, LinePainter.Side.OLDER, row.older());
            paintColumn(newer, paint, line, LinePainter.Side.NEWER, row.newer());
            sideBySide.getStyleClass().setAll("comparison-line", "side-by-side");
            sideBySide.getStyleClass().addAll(lineClasses);
            setGraphic(sideBySide);
        } else {
            paintColumn(inline, paint, line, LinePainter.Side.INLINE, row.shownBlock());
            inline.box.getStyleClass().addAll(lineClasses);
            setGraphic(inline.box);
        }
    }

    private static void paintColumn(Column column, LinePainter paint, ComparisonLine line, LinePainter.Side side,
                                    studio.quire.text.Block block) {
        Row row = line.content();
        boolean shown = LinePainter.shows(row, side);
        String marker = shown && block != null && block.getClass() == row.shownBlock().getClass() ? line.marker() : "";
        column.show(paint.texts(row, side, marker), paint.badge(line, side));
        column.box.getStyleClass().setAll(side == LinePainter.Side.INLINE ? "comparison-line"
                : side == LinePainter.Side.OLDER ? "older-column" : "newer-column");
        column.box.getStyleClass().add(shown && block != null ? LinePainter.blockClass(block) : "filler");
    }

    /** A badge over a wrapping TextFlow. */
    private static final class Column {
        final Label badge = new Label();
        final TextFlow flow = new TextFlow();
        final VBox box = new VBox(badge, flow);

        Column() {
            badge.getStyleClass().add("line-badge");
            badge.managedProperty().bind(badge.visibleProperty());
            flow.getStyleClass().add("line-text");
        }

        void fit(javafx.beans.value.ObservableNumberValue width) {
            flow.prefWidthProperty().bind(width);
            flow.maxWidthProperty().bind(width);
        }

        void show(List<javafx.scene.Node> texts, String badgeText) {
            badge.setText(badgeText);
            badge.setVisible(!badgeText.isEmpty());
            flow.getChildren().setAll(texts);
        }
    }
}
