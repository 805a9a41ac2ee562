package studio.quire.brand.store;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import studio.quire.brand.AssetKind;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;
import studio.quire.brand.VoiceRules;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.db.TextLimit;
import studio.quire.db.schema.Routines;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.BRAND_ASSET;
import static studio.quire.db.schema.Tables.BRAND_KIT;
import static studio.quire.db.schema.Tables.KIT_COLOUR;
import static studio.quire.db.schema.Tables.KIT_FONT;
import static studio.quire.db.schema.Tables.MEMBERSHIP;
import static studio.quire.db.schema.Tables.PERSON;

/**
 * The brand kits the signed-in person may see (V16). Row-level security decides what that is;
 * consultants and admins change kits, writers and editors read them. A kit is saved whole by
 * quire.save_brand_kit, which refuses a kit that someone else saved since it was opened.
 */
public final class BrandKitRepository {
    /** SQLSTATE of a change refused because the row moved on since it was read (V16). */
    static final String STALE = "QU001";
    static final String[] EDITING_ROLES = {"consultant", "admin"};

    private final DSLContext dsl;

    public BrandKitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every kit I may see, by name (ignoring case), with how many colours, fonts and assets each holds. */
    public List<KitSummary> kits() {
        Field<Integer> colours = DSL.field(DSL.selectCount().from(KIT_COLOUR).where(KIT_COLOUR.KIT_ID.eq(BRAND_KIT.ID)));
        Field<Integer> fonts = DSL.field(DSL.selectCount().from(KIT_FONT).where(KIT_FONT.KIT_ID.eq(BRAND_KIT.ID)));
        Field<Integer> assets = DSL.field(DSL.selectCount().from(BRAND_ASSET).where(BRAND_ASSET.KIT_ID.eq(BRAND_KIT.ID)));
        return translate(() -> dsl.select(BRAND_KIT.ID, BRAND_KIT.ORG_ID, BRAND_KIT.NAME, colours, fonts, assets,
                        BRAND_KIT.VERSION, BRAND_KIT.UPDATED_AT)
                .from(BRAND_KIT)
                .orderBy(DSL.lower(BRAND_KIT.NAME), BRAND_KIT.ID)
                .fetch(r -> new KitSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8())));
    }

    /** The whole kit (colours and fonts in their order, assets' metadata by name), read in one statement. */
    public Optional<BrandKit> load(UUID kitId) {
        return translate(() -> load(dsl, kitId));
    }

    /** Stores a new kit under the client's id; returns it as stored, at version 1. */
    public BrandKit create(BrandKit kit) {
        return store(kit, 0);
    }

    /**
     * Replaces the kit's name, voice, colours, fonts and its assets' metadata in one call, on top of
     * {@code kit.version()}; returns the kit as stored at its new version.
     *
     * @throws StaleKitException when someone else saved the kit since that version (nothing is saved)
     */
    public BrandKit save(BrandKit kit) {
        if (kit.version() < 1) {
            throw new IllegalArgumentException("The kit \"" + kit.name() + "\" has not been stored yet: create it first");
        }
        return store(kit, kit.version());
    }

    /**
     * Deletes a kit with its colours, fonts and assets (refused while it has templates, or while a
     * template uses one of its assets).
     *
     * @throws StaleKitException when the kit changed since {@code version}
     */
    public void delete(UUID kitId, long version) {
        stale(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Record stored = tx.select(BRAND_KIT.ORG_ID, BRAND_KIT.VERSION).from(BRAND_KIT).where(BRAND_KIT.ID.eq(kitId))
                    .fetchOne();
            if (stored == null) {
                return null;
            }
            int deleted = tx.deleteFrom(BRAND_KIT).where(BRAND_KIT.ID.eq(kitId)).and(BRAND_KIT.VERSION.eq(version)).execute();
            if (deleted == 0) {
                long now = stored.get(BRAND_KIT.VERSION);
                if (now != version) {
                    throw new StaleKitException("Someone else changed this kit since you opened it (you started from version "
                            + version + ", it is now at version " + now + "): reload it before deleting it.", null);
                }
                throw notAllowed();
            }
            AssetRepository.dropUnusedContent(tx, stored.get(BRAND_KIT.ORG_ID), null);
            return null;
        }));
    }

    /**
     * Whether I may change the kits of this organization (I am an active consultant or admin there),
     * as the policies' quire.has_org_role decides it. (Its variadic parameter cannot be called
     * through the generated routine: jOOQ passes the array by name, not as VARIADIC.)
     */
    /**
     * Stores an imported kit and its images in one transaction: the whole kit, or nothing of it.
     *
     * @param assetBytes the bytes of each of the kit's assets, by asset id
     */
    public BrandKit importKit(BrandKit kit, Map<UUID, byte[]> assetBytes) {
        return stale(() -> dsl.transactionResult(cfg -> {
            BrandKit created = new BrandKitRepository(cfg.dsl()).create(kit.withAssets(List.of()));
            AssetRepository assets = new AssetRepository(cfg.dsl());
            for (BrandAsset asset : kit.assets()) {
                byte[] bytes = assetBytes.get(asset.id());
                if (bytes == null) {
                    throw new IllegalArgumentException("The kit file has no content for " + asset.name());
                }
                assets.add(created.id(), asset, bytes);
            }
            return load(cfg.dsl(), created.id()).orElseThrow();
        }));
    }

    public boolean canEdit(UUID orgId) {
        return translate(() -> dsl.fetchExists(DSL.selectOne().from(MEMBERSHIP).join(PERSON).on(PERSON.ID.eq(MEMBERSHIP.PERSON_ID))
                .where(MEMBERSHIP.ORG_ID.eq(orgId))
                .and(MEMBERSHIP.PERSON_ID.eq(Routines.currentPersonId()))
                .and(MEMBERSHIP.ACTIVE).and(PERSON.ACTIVE)
                .and(MEMBERSHIP.ROLE.in(EDITING_ROLES))));
    }

    private BrandKit store(BrandKit kit, long expected) {
        TextLimit.BRAND_KIT_NAME.problem(kit.name()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        VoiceRules voice = kit.voice();
        return stale(() -> dsl.transactionResult(cfg -> {
            Routines.saveBrandKit(cfg, kit.id(), kit.orgId(), expected, kit.name(),
                    voice.bannedWords().toArray(String[]::new), JSONB.valueOf(KitJson.preferredTerms(voice.preferredTerms())),
                    voice.maxSentenceWords(), voice.minReadingEase(), voice.maxReadingEase(),
                    JSONB.valueOf(KitJson.colours(kit.colours())), JSONB.valueOf(KitJson.fonts(kit.fonts())),
                    JSONB.valueOf(KitJson.assets(kit.assets())));
            return load(cfg.dsl(), kit.id()).orElseThrow();
        }));
    }

    private static Optional<BrandKit> load(DSLContext dsl, UUID kitId) {
        var colours = DSL.multiset(DSL.select(KIT_COLOUR.NAME, KIT_COLOUR.HEX).from(KIT_COLOUR)
                        .where(KIT_COLOUR.KIT_ID.eq(BRAND_KIT.ID)).orderBy(KIT_COLOUR.POSITION))
                .convertFrom(rs -> rs.map(r -> new KitColour(r.value1(), r.value2())));
        var fonts = DSL.multiset(DSL.select(KIT_FONT.ROLE, KIT_FONT.FAMILY, KIT_FONT.WEIGHT, KIT_FONT.SIZE_PX,
                                KIT_FONT.MIN_SIZE_PX, KIT_FONT.MAX_SIZE_PX).from(KIT_FONT)
                        .where(KIT_FONT.KIT_ID.eq(BRAND_KIT.ID)).orderBy(KIT_FONT.POSITION))
                .convertFrom(rs -> rs.map(r -> new KitFont(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6())));
        var assets = DSL.multiset(DSL.select(BRAND_ASSET.ID, BRAND_ASSET.NAME, BRAND_ASSET.KIND, BRAND_ASSET.MEDIA_TYPE,
                                BRAND_ASSET.SHA256, BRAND_ASSET.WIDTH_PX, BRAND_ASSET.HEIGHT_PX, BRAND_ASSET.MIN_WIDTH_PX,
                                BRAND_ASSET.CLEAR_SPACE).from(BRAND_ASSET)
                        .where(BRAND_ASSET.KIT_ID.eq(BRAND_KIT.ID)).orderBy(DSL.lower(BRAND_ASSET.NAME), BRAND_ASSET.ID))
                .convertFrom(rs -> rs.map(r -> new BrandAsset(r.value1(), r.value2(), AssetKind.fromDb(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9())));
        return dsl.select(BRAND_KIT.ID, BRAND_KIT.ORG_ID, BRAND_KIT.NAME, BRAND_KIT.VERSION, colours, fonts, assets,
                        BRAND_KIT.BANNED_WORDS, BRAND_KIT.PREFERRED_TERMS, BRAND_KIT.MAX_SENTENCE_WORDS,
                        BRAND_KIT.MIN_READING_EASE, BRAND_KIT.MAX_READING_EASE)
                .from(BRAND_KIT).where(BRAND_KIT.ID.eq(kitId))
                .fetchOptional(r -> new BrandKit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), new VoiceRules(Arrays.asList(r.value8()), KitJson.preferredTerms(r.value9().data()),
                                r.value10(), r.value11(), r.value12())));
    }

    /** Runs a kit's change, translating refusals and turning a stale version into {@link StaleKitException}. */
    private static <T> T stale(java.util.function.Supplier<T> work) {
        try {
            return translate(work);
        } catch (RefusedByDatabaseException e) {
            if (STALE.equals(e.sqlState())) {
                throw new StaleKitException(e.getMessage(), e);
            }
            throw e;
        }
    }

    /** A change that matched no row the person may change: row-level security hid it. */
    static RefusedByDatabaseException notAllowed() {
        return new RefusedByDatabaseException("Only consultants and admins of an organization change its brand kits,"
                + " assets and templates.", "42501", null);
    }
}
