package studio.quire.brand.variants;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.brand.BrandKit;
import studio.quire.brand.compliance.ComplianceCheck;
import studio.quire.brand.compliance.ComplianceReport;
import studio.quire.brand.platform.PlatformSpec;
import studio.quire.brand.render.PngMetadata;
import studio.quire.brand.render.RenderFacts;
import studio.quire.brand.template.Template;
import studio.quire.brand.template.VariantContent;
import studio.quire.ui.Actions;
import studio.quire.ui.Failures;
import studio.quire.ui.TaskExecutor;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The variants page: one template, filled once, at every platform size. The view draws each
 * variant with the one renderer and hands its facts here ({@link #rendered}); this model checks
 * it against the kit and says the score and findings. Export writes a PNG per variant as
 * {@code <template>-<platform-id>.png}: the view takes the pixels on the FX thread
 * ({@link Capture}), encoding and writing (through a temporary file, then a move) run in the
 * background. Used on the FX thread only.
 */
public final class VariantsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(VariantsViewModel.class);
    private final BrandKit kit;
    private final Template template;
    private final VariantContent content;
    private final ObservableList<VariantRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Actions actions;
    private Capture capture = platformId -> null;

    public VariantsViewModel(BrandKit kit, Template template, VariantContent content, List<PlatformSpec> specs,
                             TaskExecutor executor) {
        this.kit = Objects.requireNonNull(kit, "kit");
        this.template = Objects.requireNonNull(template, "template");
        this.content = Objects.requireNonNull(content, "content");
        Failures failures = Failures.of(LOG, "A variant export", message::set, ExportFailedException.class);
        this.actions = new Actions(executor, failures::report);
        for (PlatformSpec spec : specs) {
            rows.add(new VariantRow(spec));
        }
    }

    public BrandKit kit() {
        return kit;
    }

    public Template template() {
        return template;
    }

    public VariantContent content() {
        return content;
    }

    /** One row per placement, in the specs' order. */
    public ObservableList<VariantRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public Optional<VariantRow> row(String platformId) {
        return rows.stream().filter(r -> r.platformId().equals(platformId)).findFirst();
    }

    /** The page's one-line message: what was exported, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Set by the view: how pixels are taken. */
    public void setCapture(Capture newCapture) {
        this.capture = Objects.requireNonNull(newCapture, "capture");
    }

    /** The view drew this placement's variant: check it against the kit in the background. */
    public void rendered(String platformId, RenderFacts facts) {
        VariantRow row = row(platformId).orElseThrow(() -> new IllegalArgumentException("No placement " + platformId));
        row.rendered(facts);
        actions.background("Checking " + row.name(),
                        () -> ComplianceCheck.check(VariantFactsOf.of(facts, row.spec(), template, kit), kit))
                .onSuccess((ComplianceReport report) -> {
                    if (row.facts() == facts) {
                        row.checked(report, facts.problems());
                    }
                })
                .start();
    }

    /** The file a variant is written to in a folder: {@code square-post-instagram-story.png}. */
    public String fileName(VariantRow row) {
        String slug = template.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return (slug.isEmpty() ? "variant" : slug) + "-" + row.platformId() + ".png";
    }

    /** Writes one variant's PNG into the folder. */
    public void export(VariantRow row, Path folder) {
        exportInTurn(List.of(row), 0, folder, new ArrayList<>());
    }

    /** Writes every variant's PNG into the folder, one after the other (one variant's pixels in memory at a time). */
    public void exportAll(Path folder) {
        exportInTurn(List.copyOf(rows), 0, folder, new ArrayList<>());
    }

    private void exportInTurn(List<VariantRow> todo, int index, Path folder, List<Path> written) {
        if (index >= todo.size()) {
            message.set(written.size() == 1 ? "Saved " + written.get(0)
                    : "Saved " + written.size() + " PNGs in " + folder);
            return;
        }
        VariantRow row = todo.get(index);
        Capture.Png png = row.facts() == null ? null : capture.capture(row.platformId());
        if (png == null) {
            message.set(row.name() + " is not drawn yet: wait for its preview, then export again");
            return;
        }
        PngMetadata metadata = PngMetadata.of(row.facts(), row.name());
        Path target = folder.resolve(fileName(row));
        row.exporting(true);
        message.set("Saving " + target.getFileName() + "…");
        actions.background("Exporting " + row.name(), () -> write(png.encode(metadata), target))
                .onSuccess(path -> {
                    written.add(path);
                    exportInTurn(todo, index + 1, folder, written);
                })
                .onFinished(() -> row.exporting(false))
                .start();
    }

    /** Writes the bytes next to the target under a temporary name, then moves them over it. */
    static Path write(byte[] png, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        Path part = null;
        try {
            part = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            Files.write(part, png);
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            deleteQuietly(part);
            throw new ExportFailedException("Could not save " + target.getFileName() + " in " + folder + " ("
                    + reason(e) + "): choose a folder you can write to, with room to spare", e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the folder is not there";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "you may not write there";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path part) {
        if (part == null) {
            return;
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.warn("Could not remove the unfinished {}", part, e);
        }
    }
}
