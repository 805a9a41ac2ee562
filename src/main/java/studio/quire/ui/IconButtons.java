package studio.quire.ui;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Toolbar buttons that show an icon where room is tight. The button keeps its name as its text
 * (what a screen reader says, and what a toolbar's overflow menu lists), and its tooltip names it
 * with its key, so an icon is never a riddle.
 */
public final class IconButtons {
    /** Style class of such a button (compact padding, see quire.css). */
    public static final String STYLE_CLASS = "icon-button";

    private IconButtons() {
    }

    /** Gives {@code button} the icon, keeps {@code name} as its text and accessible text, and tips it with {@code tip}. */
    public static <B extends ButtonBase> B iconOnly(B button, Ikon icon, String name, String tip) {
        button.setGraphic(new FontIcon(icon));
        if (!button.textProperty().isBound()) {
            button.setText(name);
        }
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setAccessibleText(name);
        button.setTooltip(new Tooltip(tip));
        if (!button.getStyleClass().contains(STYLE_CLASS)) {
            button.getStyleClass().add(STYLE_CLASS);
        }
        return button;
    }

    /** The tip for a command with a key: "Bold (Ctrl+B)". */
    public static String withKey(String name, Shortcut shortcut) {
        return name + " (" + shortcut.keyText() + ")";
    }
}
