package studio.quire.brand.store;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record7;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.db.TextLimit;
import studio.quire.db.schema.Routines;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.CONTENT_TEMPLATE;
import static studio.quire.db.schema.Tables.TEMPLATE_VERSION;

/**
 * Content templates and their immutable versions (V16). The template's JSON is the template codec's;
 * this repository stores and returns it as text. Templates are made and versioned only through the
 * database's functions, which check the caller's role and refuse a version on top of a stale one.
 * The list is read a keyset page at a time over the index (org_id, lower(name), id).
 */
public final class TemplateRepository {
    private final DSLContext dsl;

    public TemplateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** At most {@code limit} templates of the cursor's organization after it, by name ignoring case, then id. */
    public List<TemplateSummary> page(TemplateCursor after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A page holds at least one template (asked for " + limit + ")");
        }
        Condition from = after.atStart() ? DSL.noCondition()
                : DSL.row(DSL.lower(CONTENT_TEMPLATE.NAME), CONTENT_TEMPLATE.ID)
                        .gt(DSL.row(DSL.lower(DSL.val(after.name())), DSL.val(after.id())));
        return translate(() -> dsl.select(CONTENT_TEMPLATE.ID, CONTENT_TEMPLATE.ORG_ID, CONTENT_TEMPLATE.KIT_ID,
                        CONTENT_TEMPLATE.NAME, CONTENT_TEMPLATE.CURRENT_VERSION, CONTENT_TEMPLATE.UPDATED_AT)
                .from(CONTENT_TEMPLATE)
                .where(CONTENT_TEMPLATE.ORG_ID.eq(after.orgId())).and(from)
                .orderBy(DSL.lower(CONTENT_TEMPLATE.NAME), CONTENT_TEMPLATE.ID)
                .limit(limit)
                .fetch(r -> new TemplateSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
    }

    /** Makes a template of a kit with its first version; returns that version. */
    public StoredTemplate create(UUID id, UUID kitId, String name, String definitionJson) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A template needs a name");
        }
        TextLimit.TEMPLATE_NAME.problem(clean).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return stale(() -> dsl.transactionResult(cfg -> {
            Routines.createContentTemplate(cfg, id, kitId, clean, JSONB.valueOf(definitionJson));
            return load(cfg.dsl(), id, 1L).orElseThrow();
        }));
    }

    /**
     * Saves a new version on top of {@code expectedVersion} (the version the consultant opened);
     * returns it.
     *
     * @throws StaleTemplateException when another version was saved since (nothing is stored)
     */
    public StoredTemplate saveVersion(UUID templateId, long expectedVersion, String definitionJson) {
        return stale(() -> dsl.transactionResult(cfg -> {
            long version = Routines.saveTemplateVersion(cfg, templateId, expectedVersion, JSONB.valueOf(definitionJson));
            return load(cfg.dsl(), templateId, version).orElseThrow();
        }));
    }

    /** The template at its current version. */
    public Optional<StoredTemplate> load(UUID templateId) {
        return translate(() -> load(dsl, templateId, null));
    }

    /** The template at this version. */
    public Optional<StoredTemplate> load(UUID templateId, long version) {
        return translate(() -> load(dsl, templateId, version));
    }

    /** At {@code version}, or at the current version when it is null. */
    private static Optional<StoredTemplate> load(DSLContext dsl, UUID templateId, Long version) {
        SelectOnConditionStep<Record7<UUID, UUID, UUID, String, Long, JSONB, OffsetDateTime>> query = dsl
                .select(CONTENT_TEMPLATE.ID, CONTENT_TEMPLATE.ORG_ID, CONTENT_TEMPLATE.KIT_ID, CONTENT_TEMPLATE.NAME,
                        TEMPLATE_VERSION.VERSION, TEMPLATE_VERSION.DEFINITION, TEMPLATE_VERSION.CREATED_AT)
                .from(CONTENT_TEMPLATE)
                .join(TEMPLATE_VERSION).on(TEMPLATE_VERSION.TEMPLATE_ID.eq(CONTENT_TEMPLATE.ID))
                .and(version == null ? TEMPLATE_VERSION.VERSION.eq(CONTENT_TEMPLATE.CURRENT_VERSION)
                        : TEMPLATE_VERSION.VERSION.eq(version));
        return query.where(CONTENT_TEMPLATE.ID.eq(templateId))
                .fetchOptional(r -> new StoredTemplate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6().data(), r.value7()));
    }

    private static <T> T stale(Supplier<T> work) {
        try {
            return translate(work);
        } catch (RefusedByDatabaseException e) {
            if (BrandKitRepository.STALE.equals(e.sqlState())) {
                throw new StaleTemplateException(e.getMessage(), e);
            }
            throw e;
        }
    }
}
