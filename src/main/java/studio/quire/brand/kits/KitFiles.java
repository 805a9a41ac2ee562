package studio.quire.brand.kits;

import studio.quire.brand.AssetKind;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.brand.kitfile.AssetInspector;
import studio.quire.brand.kitfile.BrandKitFile;
import studio.quire.brand.kitfile.ImportedKit;
import studio.quire.brand.kitfile.InspectedAsset;
import studio.quire.brand.store.AssetRepository;
import studio.quire.brand.store.BrandKitRepository;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the Brand kits page does with files: a kit file in (a new kit, whole or not at all) and out
 * (the open kit with its images inside), and images added to or removed from the open kit. Every
 * file is read and written in the background; what goes wrong is said on the page's message line.
 */
public final class KitFiles {
    private final BrandKitsViewModel host;
    private final KitDraft draft;
    private final BrandKitRepository kits;
    private final AssetRepository assets;
    private final UUID orgId;
    private final AssetInspector inspector = new AssetInspector();
    private final BrandKitFile kitFile = new BrandKitFile(inspector);

    KitFiles(BrandKitsViewModel host, BrandKitRepository kits, AssetRepository assets, UUID orgId) {
        this.host = host;
        this.draft = host.draft();
        this.kits = kits;
        this.assets = assets;
        this.orgId = orgId;
    }

    /** Reads a kit file in the background and stores it as a new kit, whole or not at all. */
    public void importFile(Path file) {
        host.run("Importing " + file.getFileName(), () -> {
            ImportedKit imported;
            try (InputStream in = Files.newInputStream(file)) {
                imported = kitFile.read(in, orgId);
            }
            BrandKit named = imported.kit().withName(host.freeName(imported.kit().name()));
            return kits.importKit(named, imported.assetBytes());
        }, created -> {
            draft.start(created);
            host.say("Imported “" + created.name() + "” from " + file.getFileName() + ".");
            host.reloadSelecting(created.id());
        });
    }

    /** Writes the open kit, its images inside, to a kit file (through a temporary file, so a failed write leaves none half). */
    public void exportFile(Path file) {
        BrandKit kit = draft.edited();
        host.run("Exporting " + kit.name(), () -> {
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                kitFile.write(kit, asset -> assets.bytes(asset), out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        }, written -> host.say("Exported “" + kit.name() + "” to " + written.getFileName() + "."));
    }

    /** Checks an image file in the background and adds it to the open kit as a logo, image or icon. */
    public void addAsset(Path file, AssetKind kind) {
        BrandKit kit = draft.edited();
        host.run("Adding " + file.getFileName(), () -> {
            byte[] bytes = readAtMost(file, AssetInspector.MAX_BYTES + 1);
            InspectedAsset inspected = inspector.inspect(file.getFileName().toString(), bytes);
            BrandAsset asset = new BrandAsset(UUID.randomUUID(), assetName(file), kind, inspected.mediaType(),
                    inspected.sha256(), inspected.widthPx(), inspected.heightPx(),
                    kind == AssetKind.LOGO ? 120 : 0, kind == AssetKind.LOGO ? 0.25 : 0);
            return assets.add(kit.id(), asset, bytes);
        }, added -> {
            draft.edit(k -> k.withAssets(KitDraft.added(k.assets(), added)));
            host.say("Added " + added.name() + " (" + added.widthPx() + " × " + added.heightPx()
                    + " px). Save the kit to keep its place in the list.");
        });
    }

    private String assetName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        List<String> taken = draft.edited().assets().stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList();
        String free = base;
        for (int n = 2; taken.contains(free.toLowerCase(Locale.ROOT)); n++) {
            free = base + " " + n;
        }
        return free;
    }

    /** Removes an image from the kit; the database refuses while a template uses it, and says which. */
    public void removeAsset(BrandAsset asset) {
        host.run("Removing " + asset.name(), () -> {
            assets.remove(asset.id());
            return asset;
        }, removed -> {
            draft.edit(k -> k.withAssets(k.assets().stream().filter(a -> !a.id().equals(removed.id())).toList()));
            host.say("Removed " + removed.name() + ".");
        });
    }

    /** Reads an asset's bytes in the background and hands them over on the FX thread (for a thumbnail). */
    public void bytes(BrandAsset asset, java.util.function.Consumer<byte[]> then) {
        host.background("Loading " + asset.name(), () -> assets.bytes(asset.id()), then);
    }

    /**
     * The file's first {@code limit} bytes at most: a 2 GB file chosen by mistake is never read whole
     * (the inspector then says it is too large).
     */
    private static byte[] readAtMost(Path file, long limit) throws java.io.IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
        }
    }
}
