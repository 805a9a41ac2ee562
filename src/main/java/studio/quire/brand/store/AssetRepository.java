package studio.quire.brand.store;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import studio.quire.brand.BrandAsset;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.db.TextLimit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.ASSET_CONTENT;
import static studio.quire.db.schema.Tables.ASSET_USE;
import static studio.quire.db.schema.Tables.BRAND_ASSET;
import static studio.quire.db.schema.Tables.BRAND_KIT;
import static studio.quire.db.schema.Tables.CONTENT_TEMPLATE;

/**
 * The logos, images and icons of brand kits with their bytes (V16): the same file is stored once per
 * organization under its SHA-256, which the database checks against the bytes; an asset that the
 * current version of a template places cannot be removed, and the refusal names the template.
 */
public final class AssetRepository {
    /** The largest asset file, as asset_content's check says (20 MB). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final DSLContext dsl;

    public AssetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Adds an asset to a kit with its file. The file's SHA-256 must be {@code asset.sha256()}; a file
     * the organization already has is not stored again. Returns the asset as stored.
     */
    public BrandAsset add(UUID kitId, BrandAsset asset, byte[] bytes) {
        String sha256 = checkedFingerprint(asset, bytes);
        TextLimit.BRAND_ASSET_NAME.problem(asset.name()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            UUID org = tx.select(BRAND_KIT.ORG_ID).from(BRAND_KIT).where(BRAND_KIT.ID.eq(kitId)).fetchOne(r -> r.value1());
            if (org == null) {
                throw gone("This brand kit");
            }
            if (tx.fetchExists(BRAND_ASSET, BRAND_ASSET.KIT_ID.eq(kitId),
                    DSL.lower(BRAND_ASSET.NAME).eq(DSL.lower(DSL.val(asset.name()))))) {
                throw new RefusedByDatabaseException("The kit already has an asset called \"" + asset.name()
                        + "\": choose another name.", "23505", null);
            }
            tx.insertInto(ASSET_CONTENT, ASSET_CONTENT.ORG_ID, ASSET_CONTENT.SHA256, ASSET_CONTENT.BYTES)
                    .values(org, sha256, bytes)
                    .onConflictDoNothing()
                    .execute();
            tx.insertInto(BRAND_ASSET)
                    .set(BRAND_ASSET.ID, asset.id())
                    .set(BRAND_ASSET.ORG_ID, org)
                    .set(BRAND_ASSET.KIT_ID, kitId)
                    .set(BRAND_ASSET.NAME, asset.name())
                    .set(BRAND_ASSET.KIND, asset.kind().dbName())
                    .set(BRAND_ASSET.MEDIA_TYPE, asset.mediaType())
                    .set(BRAND_ASSET.SHA256, sha256)
                    .set(BRAND_ASSET.WIDTH_PX, asset.widthPx())
                    .set(BRAND_ASSET.HEIGHT_PX, asset.heightPx())
                    .set(BRAND_ASSET.MIN_WIDTH_PX, asset.minWidthPx())
                    .set(BRAND_ASSET.CLEAR_SPACE, asset.clearSpace())
                    .execute();
            return new BrandAsset(asset.id(), asset.name(), asset.kind(), asset.mediaType(), sha256, asset.widthPx(),
                    asset.heightPx(), asset.minWidthPx(), asset.clearSpace());
        }));
    }

    /** The asset's file. */
    public byte[] bytes(UUID assetId) {
        byte[] bytes = translate(() -> dsl.select(ASSET_CONTENT.BYTES).from(BRAND_ASSET)
                .join(ASSET_CONTENT).on(ASSET_CONTENT.ORG_ID.eq(BRAND_ASSET.ORG_ID)).and(ASSET_CONTENT.SHA256.eq(BRAND_ASSET.SHA256))
                .where(BRAND_ASSET.ID.eq(assetId))
                .fetchOne(r -> r.value1()));
        if (bytes == null) {
            throw gone("This asset");
        }
        return bytes;
    }

    /**
     * Removes an asset from its kit, and its file when no other asset of the organization has the
     * same one. Refused while the current version of a template places it: the message names it.
     */
    public void remove(UUID assetId) {
        translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Record stored = tx.select(BRAND_ASSET.ORG_ID, BRAND_ASSET.SHA256).from(BRAND_ASSET).where(BRAND_ASSET.ID.eq(assetId)).fetchOne();
            if (stored == null) {
                return null;
            }
            if (tx.deleteFrom(BRAND_ASSET).where(BRAND_ASSET.ID.eq(assetId)).execute() == 0) {
                throw BrandKitRepository.notAllowed();
            }
            dropUnusedContent(tx, stored.get(BRAND_ASSET.ORG_ID), stored.get(BRAND_ASSET.SHA256));
            return null;
        }));
    }

    /**
     * Records which assets this template version places (what was recorded for it before and is not
     * in the set is dropped). Safe to repeat.
     */
    public void recordUses(UUID templateId, long templateVersion, Set<UUID> assetIds) {
        translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            UUID org = tx.select(CONTENT_TEMPLATE.ORG_ID).from(CONTENT_TEMPLATE).where(CONTENT_TEMPLATE.ID.eq(templateId))
                    .fetchOne(r -> r.value1());
            if (org == null) {
                throw gone("This template");
            }
            tx.deleteFrom(ASSET_USE).where(ASSET_USE.TEMPLATE_ID.eq(templateId))
                    .and(ASSET_USE.TEMPLATE_VERSION.eq(templateVersion))
                    .and(ASSET_USE.ASSET_ID.notIn(assetIds))
                    .execute();
            for (UUID asset : assetIds) {
                tx.insertInto(ASSET_USE, ASSET_USE.ORG_ID, ASSET_USE.ASSET_ID, ASSET_USE.TEMPLATE_ID, ASSET_USE.TEMPLATE_VERSION)
                        .values(org, asset, templateId, templateVersion)
                        .onConflictDoNothing()
                        .execute();
            }
            return null;
        }));
    }

    /** The template versions that place this asset, by template name and version. */
    public List<AssetUse> uses(UUID assetId) {
        return translate(() -> dsl.select(ASSET_USE.ORG_ID, ASSET_USE.ASSET_ID, ASSET_USE.TEMPLATE_ID, CONTENT_TEMPLATE.NAME,
                        ASSET_USE.TEMPLATE_VERSION, ASSET_USE.TEMPLATE_VERSION.eq(CONTENT_TEMPLATE.CURRENT_VERSION))
                .from(ASSET_USE).join(CONTENT_TEMPLATE).on(CONTENT_TEMPLATE.ID.eq(ASSET_USE.TEMPLATE_ID))
                .where(ASSET_USE.ASSET_ID.eq(assetId))
                .orderBy(DSL.lower(CONTENT_TEMPLATE.NAME), CONTENT_TEMPLATE.ID, ASSET_USE.TEMPLATE_VERSION)
                .fetch(r -> new AssetUse(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
    }

    /** The file's SHA-256 in lower-case hex, once it is known to be the asset's file and not too large. */
    static String checkedFingerprint(BrandAsset asset, byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("The file of \"" + asset.name() + "\" is empty: choose the file again.");
        }
        if (bytes.length > MAX_BYTES) {
            String what = switch (asset.kind()) {
                case LOGO -> "A logo";
                case IMAGE -> "An image";
                case ICON -> "An icon";
            };
            throw new IllegalArgumentException(String.format(Locale.ENGLISH, "%s can be at most 20 MB (\"%s\" is %.1f MB).",
                    what, asset.name(), bytes.length / (1024.0 * 1024.0)));
        }
        String sha256 = sha256(bytes);
        if (!sha256.equalsIgnoreCase(asset.sha256())) {
            throw new IllegalArgumentException("The file of \"" + asset.name() + "\" is not the one it was opened as (its"
                    + " fingerprint differs): add the file again.");
        }
        return sha256;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Deletes the organization's files (this one, or any when null) that no asset refers to any more. */
    static void dropUnusedContent(DSLContext tx, UUID orgId, String sha256) {
        tx.deleteFrom(ASSET_CONTENT).where(ASSET_CONTENT.ORG_ID.eq(orgId))
                .and(sha256 == null ? DSL.noCondition() : ASSET_CONTENT.SHA256.eq(sha256))
                .andNotExists(DSL.selectOne().from(BRAND_ASSET).where(BRAND_ASSET.ORG_ID.eq(ASSET_CONTENT.ORG_ID))
                        .and(BRAND_ASSET.SHA256.eq(ASSET_CONTENT.SHA256)))
                .execute();
    }

    private static RefusedByDatabaseException gone(String what) {
        return new RefusedByDatabaseException(what + " no longer exists, or is not yours to see: someone may have deleted it.",
                "P0002", null);
    }
}
