package studio.quire.editor.view;

import javafx.util.StringConverter;
import studio.quire.editor.ParStyle;

import java.util.List;

/** The block kinds a writer can choose, in the chooser's order, with their names. */
final class BlockStyles {
    static final List<ParStyle> CHOICES = List.of(ParStyle.BODY, ParStyle.heading(1), ParStyle.heading(2),
            ParStyle.heading(3), ParStyle.QUOTE, ParStyle.BULLET, ParStyle.NUMBERED);

    static final StringConverter<ParStyle> NAMES = new StringConverter<>() {
        @Override
        public String toString(ParStyle style) {
            return style == null ? "" : name(style);
        }

        @Override
        public ParStyle fromString(String name) {
            return CHOICES.stream().filter(style -> name(style).equals(name)).findFirst().orElse(ParStyle.BODY);
        }
    };

    private BlockStyles() {
    }

    static String name(ParStyle style) {
        return switch (style.kind()) {
            case BODY -> "Body";
            case HEADING -> "Heading " + style.level();
            case QUOTE -> "Quote";
            case BULLET -> "Bulleted list";
            case NUMBERED -> "Numbered list";
        };
    }
}
