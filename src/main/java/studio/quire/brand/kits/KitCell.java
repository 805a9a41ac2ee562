package studio.quire.brand.kits;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import studio.quire.brand.store.KitSummary;

/** A kit in the list: its name, and what it holds ("6 colours · 2 fonts · 1 image"). */
final class KitCell extends ListCell<KitSummary> {
    private final Label name = new Label();
    private final Label counts = new Label();
    private final VBox box = new VBox(name, counts);

    KitCell() {
        counts.getStyleClass().add("kit-counts");
        box.getStyleClass().add("kit-row");
        name.setMinWidth(0);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(KitSummary kit, boolean empty) {
        super.updateItem(kit, empty);
        setText(null);
        if (empty || kit == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        name.setText(kit.name());
        counts.setText(describe(kit));
        setGraphic(box);
        setAccessibleText(kit.name() + ", " + counts.getText());
    }

    static String describe(KitSummary kit) {
        return count(kit.colourCount(), "colour", "colours") + " · " + count(kit.fontCount(), "font", "fonts") + " · "
                + count(kit.assetCount(), "image", "images");
    }

    private static String count(int n, String one, String many) {
        return n == 0 ? "no " + many : n + " " + (n == 1 ? one : many);
    }
}
