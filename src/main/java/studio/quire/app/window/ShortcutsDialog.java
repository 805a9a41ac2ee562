package studio.quire.app.window;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;
import studio.quire.ui.Shortcut;

import java.util.List;

/**
 * F1: every shortcut, built from {@link Shortcut} (the list the keys themselves are bound from),
 * as key and action side by side in groups, three columns of groups. No entry wraps or is cut: a
 * label is never narrower than its text; on a short screen the list scrolls instead.
 */
final class ShortcutsDialog {
    /** The groups of each column, balanced so that the columns are about as long. */
    static final List<List<Shortcut.Group>> COLUMNS = List.of(
            List.of(Shortcut.Group.ANYWHERE, Shortcut.Group.PROJECTS, Shortcut.Group.WORKFLOWS, Shortcut.Group.INBOX),
            List.of(Shortcut.Group.WRITING, Shortcut.Group.COMPARING),
            List.of(Shortcut.Group.BINDER, Shortcut.Group.REVIEW));

    private ShortcutsDialog() {
    }

    static Dialog<ButtonType> create(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText(null);
        dialog.initOwner(owner);
        dialog.setResizable(true);
        Node list = content();
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("shortcuts-scroll");
        dialog.getDialogPane().setContent(scroll);
        // The whole list when the screen has room for it; scrolling (never cutting) when it has not.
        dialog.setOnShowing(e -> {
            dialog.getDialogPane().applyCss();
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            scroll.setPrefViewportWidth(list.prefWidth(-1));
            scroll.setPrefViewportHeight(Math.min(list.prefHeight(-1), screen.getHeight() * 0.75));
        });
        dialog.getDialogPane().getStyleClass().add("shortcuts");
        dialog.getDialogPane().getStylesheets().add(ShortcutsDialog.class.getResource("/studio/quire/app/quire.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }

    /** The list itself: columns of groups, each column one grid so that its keys line up. */
    static Node content() {
        HBox columns = new HBox();
        columns.getStyleClass().add("shortcut-columns");
        for (List<Shortcut.Group> groups : COLUMNS) {
            GridPane column = new GridPane();
            column.getStyleClass().add("shortcut-column");
            int row = 0;
            for (Shortcut.Group group : groups) {
                Label title = whole(new Label(group.title()), "shortcut-group-title");
                if (row > 0) {
                    title.getStyleClass().add("later");
                }
                column.add(title, 0, row++, 2, 1);
                for (Shortcut shortcut : group.shortcuts()) {
                    Label key = whole(new Label(shortcut.keyText()), "shortcut-key");
                    Label action = whole(new Label(shortcut.action()), "shortcut-action");
                    key.setLabelFor(action);
                    column.addRow(row++, key, action);
                }
            }
            columns.getChildren().add(column);
        }
        columns.setMinWidth(Region.USE_PREF_SIZE);
        return columns;
    }

    /** A label on one line that is never cut: as wide as its text wherever it is put. */
    private static Label whole(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setWrapText(false);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
