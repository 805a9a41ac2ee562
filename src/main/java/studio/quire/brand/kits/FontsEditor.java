package studio.quire.brand.kits;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import studio.quire.brand.KitFont;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The kit's typefaces, one row per role of text: family, weight, the size it is set at and the
 * smallest and largest a template may use. A family this computer does not have is said so in
 * the row: previews would otherwise show another font without a word.
 */
final class FontsEditor extends VBox {
    private static final List<Integer> WEIGHTS = List.of(100, 200, 300, 400, 500, 600, 700, 800, 900);

    private final KitDraft draft;
    private final KitEdits edits;
    private final ObservableBooleanValue editable;
    private final ObservableList<String> families;
    private final GridPane grid = new GridPane();

    FontsEditor(KitDraft draft, KitEdits edits, ObservableBooleanValue editable, List<String> installedFamilies) {
        this.draft = draft;
        this.edits = edits;
        this.editable = editable;
        this.families = FXCollections.observableArrayList(installedFamilies);
        setSpacing(8);
        Button add = new Button("Add font role");
        add.setTooltip(new Tooltip("Add a role of text, such as Heading or Caption"));
        add.disableProperty().bind(Bindings.not(editable));
        add.setOnAction(e -> edits.addFont());
        Label title = new Label("Fonts");
        title.getStyleClass().add("section-title");
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(title, grow, add);
        bar.getStyleClass().add("section-bar");
        grid.getStyleClass().add("font-grid");
        getChildren().addAll(bar, grid);
        draft.fonts().addListener((ListChangeListener<KitFont>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        List<KitFont> fonts = draft.fonts();
        if (fonts.isEmpty()) {
            Label none = new Label("No fonts yet. Templates then set text in the system font.");
            none.getStyleClass().add("hint");
            grid.add(none, 0, 0);
            return;
        }
        String[] heads = {"Role", "Font family", "Weight", "Size (px)", "Smallest", "Largest", ""};
        for (int c = 0; c < heads.length; c++) {
            Label head = new Label(heads[c]);
            head.getStyleClass().add("column-head");
            grid.add(head, c, 0);
        }
        for (int i = 0; i < fonts.size(); i++) {
            row(i, fonts.get(i));
        }
    }

    private void row(int index, KitFont font) {
        int r = index + 1;
        CommittingField role = new CommittingField(font.role(), "Heading, Body…",
                text -> change(index, f -> new KitFont(text, f.family(), f.weight(), f.sizePx(), f.minSizePx(), f.maxSizePx())));
        role.setPrefColumnCount(7);
        role.setAccessibleText("Role of font " + r);
        ComboBox<String> family = new ComboBox<>(families);
        family.setEditable(true);
        family.setValue(font.family());
        family.setPrefWidth(170);
        family.setMinWidth(120);
        family.setAccessibleText("Font family of " + font.role());
        family.valueProperty().addListener((obs, o, n) -> {
            if (n != null && !n.isBlank() && !n.equals(font.family())) {
                change(index, f -> new KitFont(f.role(), n, f.weight(), f.sizePx(), f.minSizePx(), f.maxSizePx()));
            }
        });
        ChoiceBox<Integer> weight = new ChoiceBox<>(FXCollections.observableArrayList(WEIGHTS));
        weight.setValue(font.weight());
        weight.setAccessibleText("Weight of " + font.role());
        weight.valueProperty().addListener((obs, o, n) -> change(index,
                f -> new KitFont(f.role(), f.family(), n, f.sizePx(), f.minSizePx(), f.maxSizePx())));
        Spinner<Double> size = sizeSpinner(font.sizePx(), "Size of " + font.role(),
                v -> change(index, f -> new KitFont(f.role(), f.family(), f.weight(), v, f.minSizePx(), f.maxSizePx())));
        Spinner<Double> min = sizeSpinner(font.minSizePx(), "Smallest size of " + font.role(),
                v -> change(index, f -> new KitFont(f.role(), f.family(), f.weight(), f.sizePx(), v, f.maxSizePx())));
        Spinner<Double> max = sizeSpinner(font.maxSizePx(), "Largest size of " + font.role(),
                v -> change(index, f -> new KitFont(f.role(), f.family(), f.weight(), f.sizePx(), f.minSizePx(), v)));
        Label status = new Label(families.contains(font.family()) ? "" : "Not installed on this computer");
        status.getStyleClass().add("not-installed");
        Button remove = new Button("Remove");
        remove.getStyleClass().add("small");
        remove.setTooltip(new Tooltip("Remove the role " + font.role()));
        remove.setOnAction(e -> edits.removeFont(index));
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Node[] cells = {role, family, weight, size, min, max, new HBox(8, status, remove)};
        for (int c = 0; c < cells.length; c++) {
            cells[c].disableProperty().bind(Bindings.not(editable));
            grid.add(cells[c], c, r);
        }
        status.setTooltip(new Tooltip("Install " + font.family() + ", or previews and exports will not show it"));
        if (families.contains(font.family())) {
            status.setManaged(false);
        }
    }

    private void change(int index, UnaryOperator<KitFont> change) {
        if (!edits.changeFont(index, change)) {
            rebuild(); // refused: the row shows the kit as it still is
        }
    }

    private static Spinner<Double> sizeSpinner(double value, String accessible, java.util.function.DoubleConsumer commit) {
        Spinner<Double> spinner = new Spinner<>(1.0, 1000.0, value, 1.0);
        spinner.setEditable(true);
        spinner.setPrefWidth(84);
        spinner.setAccessibleText(accessible);
        spinner.valueProperty().addListener((obs, o, n) -> {
            if (n != null && !n.equals(o)) {
                commit.accept(n);
            }
        });
        return spinner;
    }
}
