package studio.quire.brand.kits;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import studio.quire.brand.KitColour;

import java.util.List;
import java.util.Locale;

/**
 * The kit's palette as swatches: each colour's name, its value (picked or typed as #RRGGBB) and
 * its place in the palette. Templates refer to colours by name, so renaming one here renames it
 * wherever it is used.
 */
final class PaletteEditor extends VBox {
    private final KitDraft draft;
    private final KitEdits edits;
    private final ObservableBooleanValue editable;
    private final FlowPane swatches = new FlowPane();

    PaletteEditor(KitDraft draft, KitEdits edits, ObservableBooleanValue editable) {
        this.draft = draft;
        this.edits = edits;
        this.editable = editable;
        getStyleClass().add("palette-editor");
        setSpacing(8);
        Button add = new Button("Add colour");
        add.setTooltip(new Tooltip("Add a colour to the palette"));
        add.disableProperty().bind(javafx.beans.binding.Bindings.not(editable));
        add.setOnAction(e -> edits.addColour());
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label title = new Label("Palette");
        title.getStyleClass().add("section-title");
        HBox bar = new HBox(title, grow, add);
        bar.getStyleClass().add("section-bar");
        Label hint = new Label("Templates use these colours by name; the compliance check flags any other colour.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        swatches.getStyleClass().add("swatches");
        getChildren().addAll(bar, hint, swatches);
        draft.colours().addListener((ListChangeListener<KitColour>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        List<KitColour> colours = draft.colours();
        swatches.getChildren().clear();
        for (int i = 0; i < colours.size(); i++) {
            swatches.getChildren().add(swatch(i, colours.get(i), colours.size()));
        }
        if (colours.isEmpty()) {
            Label none = new Label("No colours yet.");
            none.getStyleClass().add("hint");
            swatches.getChildren().add(none);
        }
    }

    private VBox swatch(int index, KitColour colour, int count) {
        ColorPicker picker = new ColorPicker(Color.web(colour.hex()));
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setAccessibleText("Value of " + colour.name());
        picker.setOnAction(e -> edits.changeColour(index, c -> new KitColour(c.name(), hex(picker.getValue()))));
        CommittingField name = new CommittingField(colour.name(), "Colour name",
                text -> refuseShows(edits.changeColour(index, c -> new KitColour(text, c.hex()))));
        name.setAccessibleText("Name of colour " + (index + 1));
        CommittingField hexField = new CommittingField(colour.hex(), "#RRGGBB",
                text -> refuseShows(edits.changeColour(index, c -> new KitColour(c.name(), text.strip()))));
        hexField.getStyleClass().add("hex");
        hexField.setAccessibleText("Hex value of " + colour.name());
        Button left = small("◀", "Move earlier in the palette", () -> edits.moveColour(index, -1));
        left.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> index == 0 || !editable.get(), editable));
        Button right = small("▶", "Move later in the palette", () -> edits.moveColour(index, 1));
        right.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> index == count - 1 || !editable.get(), editable));
        Button remove = small("Remove", "Remove " + colour.name() + " from the palette", () -> edits.removeColour(index));
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(4, left, right, grow, remove);
        VBox tile = new VBox(picker, name, hexField, actions);
        tile.getStyleClass().add("swatch");
        for (var control : List.of(picker, name, hexField)) {
            control.disableProperty().bind(javafx.beans.binding.Bindings.not(editable));
        }
        remove.disableProperty().bind(javafx.beans.binding.Bindings.not(editable));
        return tile;
    }

    /** A refused edit leaves the kit as it was: the swatches show it so again. */
    private void refuseShows(boolean applied) {
        if (!applied) {
            rebuild();
        }
    }

    private static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("small");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
