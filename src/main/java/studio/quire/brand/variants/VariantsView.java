package studio.quire.brand.variants;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import studio.quire.brand.platform.PlatformSpec;
import studio.quire.brand.platform.SafeInsets;
import studio.quire.brand.render.CapturedPixels;
import studio.quire.brand.render.PngExport;
import studio.quire.brand.render.Preview;
import studio.quire.brand.render.Rendering;
import studio.quire.brand.render.VariantRenderer;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The variants page bound to {@link VariantsViewModel}: every placement's preview side by side in
 * a row that scrolls sideways (true proportions, about 220 px tall, the safe zone shaded where a
 * placement has one), under each its name, score, findings link and Export…; Export all… and the
 * message line on top; the chosen variant's findings below. Previews and PNGs come from the same
 * rendering, so what is shown is what is saved.
 */
public final class VariantsView extends BorderPane {
    /** How tall each preview is on screen. */
    static final double PREVIEW_HEIGHT = 220;
    private static final double PREVIEW_MAX_WIDTH = 600;

    private final VariantsViewModel viewModel;
    private final FolderChoice folders;
    private final Map<String, Rendering> renderings = new HashMap<>();
    private final Label findingsTitle = new Label();
    private final VBox findingsList = new VBox();
    private VariantRow shown;

    /** With the system's folder chooser. */
    public VariantsView(VariantsViewModel viewModel, Function<UUID, Image> images) {
        this(viewModel, images, FolderChoice.chooser());
    }

    /**
     * @param images the kit's images by asset id, fully loaded; null for one it cannot give
     * @param folders how to ask for the folder PNGs are saved in
     */
    public VariantsView(VariantsViewModel viewModel, Function<UUID, Image> images, FolderChoice folders) {
        this.viewModel = viewModel;
        this.folders = folders;
        getStyleClass().add("variants-page");
        getStylesheets().add(VariantsView.class.getResource("variants.css").toExternalForm());
        setTop(toolbar());
        HBox previews = new HBox();
        previews.setId("previewRow");
        previews.getStyleClass().add("preview-row");
        VariantRenderer renderer = new VariantRenderer(images);
        for (VariantRow row : viewModel.rows()) {
            PlatformSpec spec = row.spec();
            Rendering rendering = renderer.render(viewModel.template(), viewModel.kit(), viewModel.content(),
                    spec.width(), spec.height());
            renderings.put(row.platformId(), rendering);
            previews.getChildren().add(card(row, rendering));
        }
        ScrollPane scroll = new ScrollPane(previews);
        scroll.setId("previewScroll");
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setAccessibleText("Previews of the variant at every platform size");
        findingsTitle.setId("findingsTitle");
        findingsTitle.getStyleClass().add("findings-title");
        findingsList.setId("findingsList");
        findingsList.getStyleClass().add("findings-list");
        ScrollPane findingsScroll = new ScrollPane(findingsList);
        findingsScroll.setFitToWidth(true);
        findingsScroll.setAccessibleText("The chosen variant's findings");
        VBox.setVgrow(findingsScroll, Priority.ALWAYS);
        VBox findings = new VBox(findingsTitle, findingsScroll);
        findings.getStyleClass().add("findings-panel");
        VBox center = new VBox(scroll, findings);
        VBox.setVgrow(findings, Priority.ALWAYS);
        setCenter(center);
        viewModel.setCapture(this::capture);
        for (VariantRow row : viewModel.rows()) {
            viewModel.rendered(row.platformId(), renderings.get(row.platformId()).facts());
        }
    }

    private HBox toolbar() {
        Button exportAll = new Button("Export all…");
        exportAll.setId("exportAllButton");
        exportAll.setTooltip(new Tooltip("Save every variant as a PNG at its true pixel size, in a folder you choose"));
        exportAll.setAccessibleText("Export all variants as PNG files");
        exportAll.setOnAction(e -> folders.choose(getScene().getWindow(), "Folder for all variants")
                .ifPresent(viewModel::exportAll));
        Label message = new Label();
        message.setId("messageLabel");
        message.getStyleClass().add("message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setAccessibleText("Message");
        HBox bar = new HBox(exportAll, message);
        bar.getStyleClass().add("variants-toolbar");
        return bar;
    }

    private VBox card(VariantRow row, Rendering rendering) {
        Preview preview = new Preview(rendering, PREVIEW_MAX_WIDTH, PREVIEW_HEIGHT, safeZone(row.spec()));
        preview.setId("preview-" + row.platformId());
        preview.setAccessibleText("Preview: " + row.name());
        Tooltip.install(preview, new Tooltip(row.name() + (safeZone(row.spec()) == null ? ""
                : "; the shaded edges are covered by the platform: " + row.spec().safeZoneNote())));
        Label name = new Label(row.name());
        name.getStyleClass().add("variant-name");
        Label score = new Label();
        score.setId("score-" + row.platformId());
        score.getStyleClass().add("variant-score");
        score.textProperty().bind(row.scoreProperty());
        score.setTooltip(new Tooltip("Brand and platform checks passed for this variant"));
        score.accessibleTextProperty().bind(row.scoreProperty().concat(" passed"));
        row.hasErrorsProperty().addListener((obs, o, n) -> toggle(score, "has-errors", n));
        Hyperlink link = new Hyperlink();
        link.setId("findings-" + row.platformId());
        link.textProperty().bind(row.findingsLinkProperty());
        link.setTooltip(new Tooltip("Show this variant's findings below: where, what, why"));
        link.accessibleTextProperty().bind(row.findingsLinkProperty().concat(" for " + row.name()));
        link.setOnAction(e -> show(row));
        Button export = new Button("Export…");
        export.setId("export-" + row.platformId());
        export.setTooltip(new Tooltip("Save " + row.name() + " as a PNG at its true pixel size"));
        export.setAccessibleText("Export " + row.name() + " as PNG");
        export.disableProperty().bind(row.exportingProperty());
        export.setOnAction(e -> folders.choose(getScene().getWindow(), "Folder for " + row.name())
                .ifPresent(folder -> viewModel.export(row, folder)));
        VBox card = new VBox(preview, name, score, link, export);
        card.setId("variant-" + row.platformId());
        card.getStyleClass().add("variant-card");
        card.setMaxWidth(Math.max(preview.getPrefWidth(), 160));
        name.setWrapText(true);
        name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap the whole name rather than cut it short
        row.findings().addListener((ListChangeListener<String>) change -> {
            if (row == shown) {
                show(row);
            }
        });
        return card;
    }

    private void show(VariantRow row) {
        shown = row;
        findingsTitle.setText("Findings · " + row.name());
        findingsList.getChildren().clear();
        if (row.findings().isEmpty()) {
            findingsList.getChildren().add(new Label("Nothing found: every check passed."));
        }
        for (String finding : row.findings()) {
            Label line = new Label(finding);
            line.setWrapText(true);
            line.getStyleClass().add("finding");
            toggle(line, "error", finding.startsWith("Error") || finding.startsWith("Drawing"));
            findingsList.getChildren().add(line);
        }
    }

    private Capture.Png capture(String platformId) {
        Rendering rendering = renderings.get(platformId);
        if (rendering == null) {
            return null;
        }
        CapturedPixels pixels = PngExport.capture(rendering);
        return metadata -> PngExport.encode(pixels, metadata);
    }

    /** The placement's safe zone in its own pixels, or null when the platform covers nothing. */
    static Insets safeZone(PlatformSpec spec) {
        SafeInsets s = spec.safeInsets();
        if (s.top() == 0 && s.right() == 0 && s.bottom() == 0 && s.left() == 0) {
            return null;
        }
        return new Insets(s.top(), s.right(), s.bottom(), s.left());
    }

    private static void toggle(javafx.scene.Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }
}
