package studio.quire.security;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.brand.AssetKind;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;
import studio.quire.brand.compliance.ComplianceReport;
import studio.quire.brand.content.ContentRepository;
import studio.quire.brand.content.ContentRequest;
import studio.quire.brand.store.AssetRepository;
import studio.quire.brand.store.BrandKitRepository;
import studio.quire.brand.store.StoredTemplate;
import studio.quire.brand.store.TemplateRepository;
import studio.quire.project.ProjectKind;
import studio.quire.project.ProjectRepository;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * For every table with an org_id column (found in the catalog, so new tables are covered without
 * anyone remembering), a member of organization A can neither see nor change B's rows.
 */
class TenantIsolationTest {
    private static TestDatabase db;
    private static TestDatabase.Org a;
    private static TestDatabase.Org b;
    private static List<String> tenantTables;

    @BeforeAll
    static void twoOrganizationsWithData() throws Exception {
        db = TestServer.get().newDatabase();
        a = db.createOrg("Org A");
        b = db.createOrg("Org B");
        for (TestDatabase.Org org : List.of(a, b)) {
            UUID project = new ProjectRepository(db.open(db.as(org.writer())).dsl())
                    .create(org.id(), ProjectKind.BOOK, "A secret book", "", null, null).id();
            try (Connection writer = db.rawConnection(db.as(org.writer()));
                 Connection editor = db.rawConnection(db.as(org.editor()))) {
                addSection(writer, org.id(), project);
                UUID section = addReview(writer, editor, project);
                StoredTemplate template = addBrandKit(org);
                addContentRequest(org, section, template);
            }
        }
        try (Connection owner = db.rawConnection(db.owner())) {
            tenantTables = tablesWithOrgId(owner);
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void catalog_listsTheKnownTenantTables() {
        assertThat(tenantTables).contains("membership", "project", "audit_log", "node", "node_content", "revision",
                "writing_session", "workflow_template", "workflow_step", "review_request", "review_step", "review_section",
                "review_decision", "review_event", "notification", "review_comment",
                "brand_kit", "kit_colour", "kit_font", "asset_content", "brand_asset", "content_template", "template_version",
                "asset_use", "content_request", "compliance_result", "org_brand_policy");
    }

    @Test
    void everyTenantTable_hasRowLevelSecurityEnabledAndForced() throws Exception {
        try (Connection owner = db.rawConnection(db.owner()); Statement s = owner.createStatement();
             ResultSet rs = s.executeQuery("""
                     select c.relname, c.relrowsecurity, c.relforcerowsecurity
                     from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'quire' and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'""")) {
            int tables = 0;
            while (rs.next()) {
                tables++;
                assertThat(rs.getBoolean(2)).as("RLS enabled on %s", rs.getString(1)).isTrue();
                assertThat(rs.getBoolean(3)).as("RLS forced on %s", rs.getString(1)).isTrue();
            }
            assertThat(tables).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void everyTenantTable_holdsRowsOfOrganizationB_soTheChecksBelowMeanSomething() throws Exception {
        try (Connection owner = db.rawConnection(db.owner())) {
            for (String table : tenantTables) {
                assertThat(count(owner, table, b.id().toString()))
                        .as("the fixture must put rows of org B into %s (extend twoOrganizationsWithData)", table)
                        .isPositive();
            }
        }
    }

    @Test
    void membersOfA_seeNoRowOfB_inAnyTenantTable() throws Exception {
        for (String login : List.of(a.admin(), a.writer(), a.editor(), a.consultant())) {
            try (Connection member = db.rawConnection(db.as(login))) {
                for (String table : tenantTables) {
                    assertThat(count(member, table, b.id().toString())).as("%s sees B's rows in %s", login, table).isZero();
                }
                try (PreparedStatement ps = member.prepareStatement("select count(*) from quire.organization where id = ?::uuid")) {
                    ps.setString(1, b.id().toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertThat(rs.getInt(1)).as("%s sees organization B", login).isZero();
                    }
                }
            }
        }
    }

    @Test
    void adminOfA_canNeitherUpdateNorDeleteRowsOfB() throws Exception {
        try (Connection member = db.rawConnection(db.as(a.admin()))) {
            for (String table : tenantTables) {
                assertThat(changed(member, "update quire." + table + " set org_id = org_id where org_id = ?::uuid"))
                        .as("rows of B updated in %s", table).isZero();
                assertThat(changed(member, "delete from quire." + table + " where org_id = ?::uuid"))
                        .as("rows of B deleted in %s", table).isZero();
            }
        }
        try (Connection owner = db.rawConnection(db.owner())) {
            for (String table : tenantTables) {
                assertThat(count(owner, table, b.id().toString())).as("B's rows in %s still there", table).isPositive();
            }
        }
    }

    @Test
    void adminOfA_cannotInsertRowsIntoB_inAnyTenantTable() throws Exception {
        List<String> sampleRows = new ArrayList<>();
        try (Connection owner = db.rawConnection(db.owner())) {
            for (String table : tenantTables) {
                sampleRows.add(sampleRow(owner, table));
            }
        }
        try (Connection member = db.rawConnection(db.as(a.admin()))) {
            member.setAutoCommit(true);
            for (int i = 0; i < tenantTables.size(); i++) {
                String table = tenantTables.get(i);
                String insert = "insert into quire." + table + " select * from jsonb_populate_record(null::quire." + table
                        + ", ?::jsonb)";
                try (PreparedStatement ps = member.prepareStatement(insert)) {
                    ps.setString(1, sampleRows.get(i));
                    assertThatThrownBy(ps::executeUpdate).as("insert into %s for org B", table)
                            .isInstanceOfSatisfying(SQLException.class,
                                    e -> assertThat(e.getSQLState()).isIn("42501", "428C9"));
                }
            }
        }
    }

    private static void addSection(Connection c, UUID org, UUID project) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                with book as (insert into quire.node (org_id, project_id, kind, position, title)
                              values (?, ?, 'book', 0, 'Book') returning id),
                     content as (insert into quire.node_content (node_id, org_id, body, word_count)
                                 select id, ?, 'Secret words', 2 from book),
                     session as (insert into quire.writing_session (org_id, project_id, node_id, person_id,
                                     started_at, ended_at, words_added, words_removed)
                                 select ?, ?, id, quire.current_person_id(), now() - interval '1 hour', now(), 2, 0
                                 from book)
                insert into quire.revision (node_id, org_id, kind, body, content_hash, words, base_version)
                select id, ?, 'conflict', 'Secret words, kept', '', 3, 1 from book""")) {
            ps.setObject(1, org);
            ps.setObject(2, project);
            ps.setObject(3, org);
            ps.setObject(4, org);
            ps.setObject(5, project);
            ps.setObject(6, org);
            ps.executeUpdate();
        }
    }

    /**
     * A section submitted for review and approved at its first step: rows in every review table
     * (the workflow template and its steps come with the organization; submitting and deciding
     * write the request, its steps, sections, decision, events and notifications; and a comment).
     */
    private static UUID addReview(Connection writer, Connection editor, UUID project) throws SQLException {
        UUID book = (UUID) single(writer, "select quire.insert_node(?::uuid, null::uuid, 'book', 'Reviewed', null::int)",
                project, null);
        UUID chapter = (UUID) single(writer, "select quire.insert_node(?::uuid, ?::uuid, 'chapter', 'One', null::int)",
                project, book);
        UUID section = (UUID) single(writer, "select quire.insert_node(?::uuid, ?::uuid, 'section', 'Opening', null::int)",
                project, chapter);
        try (PreparedStatement ps = writer.prepareStatement(
                "update quire.node_content set body = 'Words to review', word_count = 3 where node_id = ?")) {
            ps.setObject(1, section);
            ps.executeUpdate();
        }
        UUID request = (UUID) single(writer, "select quire.submit_for_review(?::uuid)", section, null);
        single(editor, "select quire.decide_review(?::uuid, 1, 'approve', 'Fine')", request, null);
        single(editor, "select quire.add_review_comment(?::uuid, ?::uuid, 0, 5, 'Words', 'Shorter?')", request, section);
        return section;
    }

    /**
     * A brand kit with a colour and a font, a logo with its file, and a template whose first version
     * places the logo: rows in every brand table (V16), made by the organization's consultant.
     */
    private static StoredTemplate addBrandKit(TestDatabase.Org org) {
        DSLContext consultant = db.open(db.as(org.consultant())).dsl();
        BrandKit kit = new BrandKitRepository(consultant).create(BrandKit.empty(org.id(), "Secret brand")
                .withColours(List.of(new KitColour("Secret blue", "#123456")))
                .withFonts(List.of(KitFont.fixed("Body", "Inter", 400, 28))));
        byte[] logo = "secret logo".getBytes(StandardCharsets.UTF_8);
        AssetRepository assets = new AssetRepository(consultant);
        BrandAsset mark = assets.add(kit.id(), new BrandAsset(UUID.randomUUID(), "Secret mark", AssetKind.LOGO, "image/png",
                HexFormat.of().formatHex(sha256(logo)), 200, 100, 50, 0.25), logo);
        StoredTemplate template = new TemplateRepository(consultant)
                .create(UUID.randomUUID(), kit.id(), "Secret template", "{\"layers\": []}");
        assets.recordUses(template.id(), template.version(), Set.of(mark.id()));
        return template;
    }

    /**
     * Content asked of the reviewed section with the template, one checked variant, and the
     * organization's lowest score for review: rows in every content table (V17).
     */
    private static void addContentRequest(TestDatabase.Org org, UUID section, StoredTemplate template) {
        ContentRepository consultant = new ContentRepository(db.open(db.as(org.consultant())).dsl());
        ContentRequest request = consultant.create(UUID.randomUUID(), section, template.id(), template.version(),
                "Secret campaign");
        consultant.record(request.id(), "instagram-story", 2, "b".repeat(64), new ComplianceReport(List.of(), 10, 9));
        new ContentRepository(db.open(db.as(org.admin())).dsl()).setThreshold(org.id(), 0.5);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object single(Connection c, String sql, UUID first, UUID second) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, first);
            if (second != null) {
                ps.setObject(2, second);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    /** A copy of one of B's rows with a fresh id where there is one, as JSON. */
    private static String sampleRow(Connection owner, String table) throws SQLException {
        String sql = "select (to_jsonb(t) - 'id' - 'node_id' - 'created_at') from quire." + table + " t where org_id = ?::uuid limit 1";
        try (PreparedStatement ps = owner.prepareStatement(sql)) {
            ps.setString(1, b.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String json = rs.getString(1);
                return table.equals("membership") ? json.replaceFirst("\"person_id\": \"[^\"]+\"",
                        "\"person_id\": \"" + personIdOf(owner, a.writer()) + "\"") : json;
            }
        }
    }

    private static String personIdOf(Connection c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id from quire.person where role_name = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static List<String> tablesWithOrgId(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'quire' and c.column_name = 'org_id' and t.table_type = 'BASE TABLE'
                order by 1""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static int count(Connection c, String table, String orgId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from quire." + table + " where org_id = ?::uuid")) {
            ps.setString(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int changed(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, b.id().toString());
            return ps.executeUpdate();
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as("a refusal, not another error: %s", e.getMessage()).isEqualTo("42501");
            return 0;
        }
    }
}
