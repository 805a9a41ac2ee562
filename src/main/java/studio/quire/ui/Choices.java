package studio.quire.ui;

import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.function.Function;

/** Choice boxes over a fixed set of values, shown by a label rather than by toString(). */
public final class Choices {
    private Choices() {
    }

    /** Fills {@code box} with {@code values}, each shown as {@code label} says. */
    public static <T> void fill(ChoiceBox<T> box, List<T> values, Function<T, String> label) {
        box.getItems().setAll(values);
        box.setConverter(converter(label));
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
