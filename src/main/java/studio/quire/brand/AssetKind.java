package studio.quire.brand;

import java.util.Locale;

/** What a brand asset is for (brand_asset.kind). */
public enum AssetKind {
    /** The brand's mark: it keeps its clear space and minimum size wherever it is placed. */
    LOGO,
    /** A photograph or illustration a template may place. */
    IMAGE,
    /** A small symbol. */
    ICON;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AssetKind fromDb(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
