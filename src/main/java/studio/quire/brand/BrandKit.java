package studio.quire.brand;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * One client brand of an organization: its palette, fonts per role, logos and images, and voice.
 * An organization may keep several. Consultants and admins change a kit; writers and editors read
 * it. {@code version} is the row's version for optimistic saving and, later, offline sync.
 */
public record BrandKit(UUID id, UUID orgId, String name, long version, List<KitColour> colours, List<KitFont> fonts,
                       List<BrandAsset> assets, VoiceRules voice) {

    public BrandKit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        name = BrandNames.require(name, "A brand kit");
        colours = List.copyOf(colours);
        fonts = List.copyOf(fonts);
        assets = List.copyOf(assets);
        Objects.requireNonNull(voice, "voice");
        unique(colours, KitColour::name, "colour");
        unique(fonts, KitFont::role, "font role");
        unique(assets, BrandAsset::name, "asset");
    }

    /** A new, empty kit (no colours, fonts, assets or rules), not yet saved. */
    public static BrandKit empty(UUID orgId, String name) {
        return new BrandKit(UUID.randomUUID(), orgId, name, 0, List.of(), List.of(), List.of(), VoiceRules.NONE);
    }

    /** The colour of this name, ignoring case. */
    public Optional<KitColour> colour(String colourName) {
        return colours.stream().filter(c -> c.name().equalsIgnoreCase(colourName)).findFirst();
    }

    /** The font of this role, ignoring case. */
    public Optional<KitFont> font(String role) {
        return fonts.stream().filter(f -> f.role().equalsIgnoreCase(role)).findFirst();
    }

    public Optional<BrandAsset> asset(UUID assetId) {
        return assets.stream().filter(a -> a.id().equals(assetId)).findFirst();
    }

    public BrandKit withColours(List<KitColour> newColours) {
        return new BrandKit(id, orgId, name, version, newColours, fonts, assets, voice);
    }

    public BrandKit withFonts(List<KitFont> newFonts) {
        return new BrandKit(id, orgId, name, version, colours, newFonts, assets, voice);
    }

    public BrandKit withAssets(List<BrandAsset> newAssets) {
        return new BrandKit(id, orgId, name, version, colours, fonts, newAssets, voice);
    }

    public BrandKit withVoice(VoiceRules newVoice) {
        return new BrandKit(id, orgId, name, version, colours, fonts, assets, newVoice);
    }

    public BrandKit withName(String newName) {
        return new BrandKit(id, orgId, newName, version, colours, fonts, assets, voice);
    }

    /** The same kit as stored at this version. */
    public BrandKit atVersion(long newVersion) {
        return new BrandKit(id, orgId, name, newVersion, colours, fonts, assets, voice);
    }

    private static <T> void unique(List<T> items, Function<T, String> key, String what) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String k = key.apply(item);
            if (!seen.add(k.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Two of the kit's " + what + "s are called \"" + k + "\"");
            }
        }
    }
}
