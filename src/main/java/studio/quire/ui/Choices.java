package studio.quire.ui;

import javafx.beans.InvalidationListener;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

import java.util.List;
import java.util.function.Function;

/** Choice boxes over a fixed set of values, shown by a label rather than by toString(). */
public final class Choices {
    private Choices() {
    }

    /** Fills {@code box} with {@code values}, each shown as {@code label} says; the box fits the longest. */
    public static <T> void fill(ChoiceBox<T> box, List<T> values, Function<T, String> label) {
        box.getItems().setAll(values);
        box.setConverter(converter(label));
        fitWidest(box);
    }

    /**
     * Keeps {@code box} as wide as its longest choice (up to {@value #MAX_WIDTH} px), whichever is
     * chosen and however its items change, so that no choice shows cut; the box's own estimate
     * follows only the chosen one and misses the theme's padding.
     */
    public static <T> void fitWidest(ChoiceBox<T> box) {
        InvalidationListener fit = obs -> fit(box);
        box.getItems().addListener(fit);
        box.itemsProperty().addListener((obs, old, items) -> {
            if (old != null) {
                old.removeListener(fit);
            }
            if (items != null) {
                items.addListener(fit);
            }
            fit(box);
        });
        box.converterProperty().addListener(fit);
        box.valueProperty().addListener(fit);
        box.skinProperty().addListener(fit);
        // The theme's font and padding arrive with the first CSS pass, before the first layout.
        box.needsLayoutProperty().addListener(fit);
    }

    static final double MAX_WIDTH = 360;
    private static final double GAP = 10;

    private static <T> void fit(ChoiceBox<T> box) {
        if (!(box.lookup(".label") instanceof Label label) || !(box.lookup(".open-button") instanceof Region arrow)) {
            return; // no skin yet: the skin's arrival calls again
        }
        Text probe = new Text();
        probe.setFont(label.getFont());
        double widest = 0;
        List<T> shown = new java.util.ArrayList<>(box.getItems());
        shown.add(box.getValue()); // a value that is not a choice (a status only the review sets) shows too
        for (T item : shown) {
            if (item != null) {
                probe.setText(box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item));
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
        }
        // The label spans the box and the arrow lies over its right end: room for both, and a gap.
        double width = Math.ceil(box.snappedLeftInset() + label.snappedLeftInset() + widest + GAP
                + Math.max(label.snappedRightInset(), arrow.prefWidth(-1)) + box.snappedRightInset());
        width = Math.min(MAX_WIDTH, width);
        if (box.getMinWidth() != width) {
            box.setMinWidth(width);
            box.setPrefWidth(width);
        }
    }

    /** Shows values as {@code label} says (for boxes whose items change); nothing is typed, so text maps to nothing. */
    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
