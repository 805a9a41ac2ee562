package studio.quire.brand.kits;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import studio.quire.brand.AssetKind;
import studio.quire.brand.BrandAsset;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The kit's logos and images as tiles: a thumbnail, the facts (size, kind of file), and for a logo
 * the smallest width it may be shown at and the clear space it keeps around itself. Adding and
 * removing go through the page (a file chooser, a question first).
 */
final class AssetsEditor extends VBox {
    private final KitDraft draft;
    private final KitEdits edits;
    private final KitFiles files;
    private final ObservableBooleanValue editable;
    private final Consumer<AssetKind> add;
    private final Consumer<BrandAsset> remove;
    private final FlowPane tiles = new FlowPane();

    /**
     * @param add    asks for a file and adds it as this kind of asset
     * @param remove asks first, then removes the asset
     */
    AssetsEditor(KitDraft draft, KitEdits edits, KitFiles files, ObservableBooleanValue editable,
                 Consumer<AssetKind> add, Consumer<BrandAsset> remove) {
        this.draft = draft;
        this.edits = edits;
        this.files = files;
        this.editable = editable;
        this.add = add;
        this.remove = remove;
        setSpacing(8);
        Label title = new Label("Logos and images");
        title.getStyleClass().add("section-title");
        Button addLogo = button("Add logo…", "Add a logo: PNG, JPEG or SVG, at most 20 MB", () -> add.accept(AssetKind.LOGO));
        Button addImage = button("Add image…", "Add a photograph or illustration", () -> add.accept(AssetKind.IMAGE));
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, title, grow, addLogo, addImage);
        bar.getStyleClass().add("section-bar");
        tiles.getStyleClass().add("asset-tiles");
        getChildren().addAll(bar, tiles);
        draft.assets().addListener((ListChangeListener<BrandAsset>) c -> rebuild());
        rebuild();
    }

    private Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.disableProperty().bind(Bindings.not(editable));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void rebuild() {
        tiles.getChildren().clear();
        List<BrandAsset> assets = draft.assets();
        if (assets.isEmpty()) {
            Label none = new Label("No logos or images yet.");
            none.getStyleClass().add("hint");
            tiles.getChildren().add(none);
        }
        for (int i = 0; i < assets.size(); i++) {
            tiles.getChildren().add(tile(i, assets.get(i)));
        }
    }

    private VBox tile(int index, BrandAsset asset) {
        StackPane thumbnail = new StackPane(new Label(asset.mediaType().contains("svg") ? "SVG" : "Loading…"));
        thumbnail.getStyleClass().add("thumbnail-box");
        if (!asset.mediaType().contains("svg")) {
            files.bytes(asset, bytes -> {
                Image image = new Image(new ByteArrayInputStream(bytes), 180, 100, true, true);
                ImageView view = new ImageView(image);
                view.setAccessibleText(asset.name());
                thumbnail.getChildren().setAll(view);
            });
        }
        CommittingField name = new CommittingField(asset.name(), "Name", text -> {
            if (!edits.changeAsset(index, a -> new BrandAsset(a.id(), text, a.kind(), a.mediaType(), a.sha256(),
                    a.widthPx(), a.heightPx(), a.minWidthPx(), a.clearSpace()))) {
                rebuild();
            }
        });
        name.setAccessibleText("Name of " + asset.name());
        Label facts = new Label(kindWord(asset.kind()) + " · " + asset.widthPx() + " × " + asset.heightPx() + " px · "
                + fileWord(asset.mediaType()));
        facts.getStyleClass().add("asset-facts");
        Button removeButton = new Button("Remove…");
        removeButton.getStyleClass().add("small");
        removeButton.setTooltip(new Tooltip("Remove " + asset.name() + " from the kit"));
        removeButton.setOnAction(e -> remove.accept(asset));
        removeButton.disableProperty().bind(Bindings.not(editable));
        name.disableProperty().bind(Bindings.not(editable));
        VBox tile = new VBox(thumbnail, name, facts);
        if (asset.kind() == AssetKind.LOGO) {
            tile.getChildren().add(logoRules(index, asset));
        }
        tile.getChildren().add(removeButton);
        tile.getStyleClass().add("asset-tile");
        return tile;
    }

    private VBox logoRules(int index, BrandAsset asset) {
        Spinner<Integer> minWidth = new Spinner<>(0, 4000, asset.minWidthPx(), 10);
        minWidth.setEditable(true);
        minWidth.setPrefWidth(90);
        minWidth.setAccessibleText("Smallest width of " + asset.name());
        minWidth.valueProperty().addListener((obs, o, n) -> edits.changeAsset(index, a -> new BrandAsset(a.id(), a.name(),
                a.kind(), a.mediaType(), a.sha256(), a.widthPx(), a.heightPx(), n, a.clearSpace())));
        Spinner<Integer> clear = new Spinner<>(0, 200, (int) Math.round(asset.clearSpace() * 100), 5);
        clear.setEditable(true);
        clear.setPrefWidth(90);
        clear.setAccessibleText("Clear space around " + asset.name() + " in percent of its height");
        clear.valueProperty().addListener((obs, o, n) -> edits.changeAsset(index, a -> new BrandAsset(a.id(), a.name(),
                a.kind(), a.mediaType(), a.sha256(), a.widthPx(), a.heightPx(), a.minWidthPx(), n / 100.0)));
        minWidth.disableProperty().bind(Bindings.not(editable));
        clear.disableProperty().bind(Bindings.not(editable));
        return new VBox(4, new HBox(6, new Label("Smallest width (px)"), minWidth),
                new HBox(6, new Label("Clear space (% of height)"), clear));
    }

    private static String kindWord(AssetKind kind) {
        return switch (kind) {
            case LOGO -> "Logo";
            case IMAGE -> "Image";
            case ICON -> "Icon";
        };
    }

    private static String fileWord(String mediaType) {
        return switch (mediaType) {
            case "image/png" -> "PNG";
            case "image/jpeg" -> "JPEG";
            case "image/svg+xml" -> "SVG";
            default -> mediaType.toUpperCase(Locale.ROOT);
        };
    }
}
