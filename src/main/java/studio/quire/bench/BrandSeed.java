package studio.quire.bench;

import org.jooq.DSLContext;
import studio.quire.admin.Role;
import studio.quire.brand.template.SampleTemplates;
import studio.quire.brand.template.TemplateJson;
import studio.quire.db.schema.Routines;

import java.util.UUID;

/**
 * The {@code brand} suite's data, written as the schema owner in two set-based statements: one
 * organization with one brand kit and {@value #TEMPLATES} content templates (one version each),
 * and a consultant who reads them.
 */
final class BrandSeed {
    static final int TEMPLATES = 10_000;
    static final String CONSULTANT = "bench_brand_consultant";
    static final String PASSWORD = "bench-brand-password";

    private BrandSeed() {
    }

    /** Seeds once per scratch home; returns the organization's id. */
    static UUID ensure(DSLContext owner) {
        UUID existing = owner.fetchOptional("select id from quire.organization where name = 'Brand bench'")
                .map(r -> r.get(0, UUID.class)).orElse(null);
        if (existing != null) {
            return existing;
        }
        UUID org = Routines.createOrganization(owner.configuration(), "Brand bench");
        Routines.addPerson(owner.configuration(), org, CONSULTANT, "Brand Consultant", Role.CONSULTANT.dbName(), PASSWORD);
        UUID kit = UUID.randomUUID();
        owner.execute("insert into quire.brand_kit (id, org_id, name) values (?, ?, 'Harbour Ferries')", kit, org);
        owner.execute("""
                with templates as (
                    insert into quire.content_template (id, org_id, kit_id, name)
                    select gen_random_uuid(), ?, ?, 'Template ' || lpad(g::text, 5, '0') || ' ' || md5(g::text)
                      from generate_series(1, ?) g
                    returning id, org_id)
                insert into quire.template_version (template_id, org_id, version, definition)
                select id, org_id, 1, ?::jsonb from templates
                """, org, kit, TEMPLATES, TemplateJson.write(SampleTemplates.post()));
        owner.execute("analyze quire.content_template");
        return org;
    }
}
