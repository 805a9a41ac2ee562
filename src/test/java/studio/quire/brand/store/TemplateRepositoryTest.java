package studio.quire.brand.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.brand.BrandKit;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Content templates: versions that never change, stale versions refused, and a list read page by page. */
class TemplateRepositoryTest {
    private static TestDatabase db;
    private static TestDatabase.Org harbour;
    private static TestDatabase.Org other;
    private static TemplateRepository templates;
    private static BrandKit kit;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        harbour = db.createOrg("Harbour & Co");
        other = db.createOrg("Elsewhere");
        var dsl = db.open(db.as(harbour.consultant())).dsl();
        templates = new TemplateRepository(dsl);
        kit = new BrandKitRepository(dsl).create(BrandKitRepositoryTest.harbourKit(harbour.id(), "Harbour"));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void createAndSaveVersion_keepEveryVersion_andLoadGivesTheLatest() {
        StoredTemplate first = templates.create(UUID.randomUUID(), kit.id(), "  Quote card  ", "{\"canvas\": {\"w\": 1080}}");
        StoredTemplate second = templates.saveVersion(first.id(), 1, "{\"canvas\": {\"w\": 1200}}");

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.name()).isEqualTo("Quote card");
        assertThat(first.orgId()).isEqualTo(harbour.id());
        assertThat(second.version()).isEqualTo(2);
        assertThat(templates.load(first.id())).contains(second);
        assertThat(templates.load(first.id(), 1)).contains(first);
        assertThat(templates.load(first.id(), 1).orElseThrow().definitionJson()).isEqualTo("{\"canvas\": {\"w\": 1080}}");
        assertThat(templates.load(first.id(), 3)).isEmpty();
    }

    @Test
    void saveVersion_isRefusedWithNothingStored_onTopOfAStaleVersion() {
        StoredTemplate first = templates.create(UUID.randomUUID(), kit.id(), "Contested", "{}");
        TemplateRepository admin = new TemplateRepository(db.open(db.as(harbour.admin())).dsl());
        admin.saveVersion(first.id(), 1, "{\"by\": \"admin\"}");

        assertThatThrownBy(() -> templates.saveVersion(first.id(), 1, "{\"by\": \"consultant\"}"))
                .isInstanceOf(StaleTemplateException.class)
                .hasMessageStartingWith("Someone else saved this template since you opened it");
        assertThat(templates.load(first.id()).orElseThrow().definitionJson()).isEqualTo("{\"by\": \"admin\"}");
        assertThat(templates.load(first.id(), 3)).isEmpty();
    }

    @Test
    void templateVersion_cannotBeChangedOrDeleted_byTheConsultantWithPlainSql() throws Exception {
        StoredTemplate first = templates.create(UUID.randomUUID(), kit.id(), "Fixed", "{\"v\": 1}");
        try (Connection c = db.rawConnection(db.as(harbour.consultant()))) {
            for (String sql : List.of("update quire.template_version set definition = '{\"v\": 2}' where template_id = ?",
                    "delete from quire.template_version where template_id = ?",
                    "insert into quire.template_version (template_id, org_id, version, definition) values (?, '"
                            + harbour.id() + "', 2, '{}')")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setObject(1, first.id());
                    assertThatThrownBy(ps::executeUpdate).as(sql).isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                }
            }
        }
        try (Connection owner = db.rawConnection(db.owner()); Statement s = owner.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update quire.template_version set definition = '{}' where template_id = '"
                    + first.id() + "'")).hasMessageContaining("never changes");
        }
        assertThat(templates.load(first.id())).contains(first);
    }

    @Test
    void writerAndOutsider_cannotMakeOrVersionTemplates() {
        StoredTemplate first = templates.create(UUID.randomUUID(), kit.id(), "Guarded", "{}");
        TemplateRepository writer = new TemplateRepository(db.open(db.as(harbour.writer())).dsl());
        TemplateRepository outsider = new TemplateRepository(db.open(db.as(other.admin())).dsl());

        assertThat(writer.load(first.id())).contains(first);
        assertThatThrownBy(() -> writer.saveVersion(first.id(), 1, "{}")).isInstanceOf(RefusedByDatabaseException.class)
                .hasMessageStartingWith("Only consultants and admins");
        assertThatThrownBy(() -> writer.create(UUID.randomUUID(), kit.id(), "Writer's", "{}"))
                .isInstanceOf(RefusedByDatabaseException.class);
        assertThat(outsider.load(first.id())).isEmpty();
        assertThat(outsider.page(TemplateCursor.first(harbour.id()), 10)).isEmpty();
        assertThatThrownBy(() -> outsider.saveVersion(first.id(), 1, "{}")).isInstanceOf(RefusedByDatabaseException.class)
                .hasMessageContaining("no longer exists");
    }

    @Test
    void page_walks25TemplatesInPagesOf10_inNameOrderWithoutRepeats() {
        TestDatabase.Org org = db.createOrg("Paged");
        var dsl = db.open(db.as(org.consultant())).dsl();
        TemplateRepository paged = new TemplateRepository(dsl);
        BrandKit pagedKit = new BrandKitRepository(dsl).create(BrandKitRepositoryTest.harbourKit(org.id(), "Paged kit"));
        for (int i = 0; i < 25; i++) {
            // Mixed case and equal names: the order is the name ignoring case, then the id.
            String name = (i % 2 == 0 ? "post " : "Post ") + (char) ('a' + i % 13);
            paged.create(UUID.randomUUID(), pagedKit.id(), name, "{}");
        }

        List<TemplateSummary> walked = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        TemplateCursor cursor = TemplateCursor.first(org.id());
        while (true) {
            List<TemplateSummary> page = paged.page(cursor, 10);
            if (page.isEmpty()) {
                break;
            }
            sizes.add(page.size());
            walked.addAll(page);
            cursor = TemplateCursor.after(page.get(page.size() - 1));
        }

        assertThat(sizes).containsExactly(10, 10, 5);
        Set<UUID> ids = new HashSet<>();
        walked.forEach(t -> assertThat(ids.add(t.id())).as("repeated %s", t.name()).isTrue());
        assertThat(walked).extracting(t -> t.name().toLowerCase()).isSorted();
        assertThat(walked).allSatisfy(t -> {
            assertThat(t.orgId()).isEqualTo(org.id());
            assertThat(t.kitId()).isEqualTo(pagedKit.id());
            assertThat(t.currentVersion()).isEqualTo(1);
        });
    }

    @Test
    void page_readsARangeOfTheListIndex_at10000Templates() throws Exception {
        TestDatabase.Org org = db.createOrg("Ten thousand");
        var dsl = db.open(db.as(org.consultant())).dsl();
        BrandKit big = new BrandKitRepository(dsl).create(BrandKitRepositoryTest.harbourKit(org.id(), "Big kit"));
        try (Connection owner = db.rawConnection(db.owner()); Statement s = owner.createStatement()) {
            s.execute("insert into quire.content_template (id, org_id, kit_id, name) select gen_random_uuid(), '" + org.id()
                    + "', '" + big.id() + "', 'Template ' || n from generate_series(1, 10000) n");
            s.execute("insert into quire.template_version (template_id, org_id, version, definition)"
                    + " select id, org_id, 1, '{}' from quire.content_template where org_id = '" + org.id() + "'");
            s.execute("analyze quire.content_template");
        }
        TemplateRepository paged = new TemplateRepository(dsl);
        List<TemplateSummary> first = paged.page(TemplateCursor.first(org.id()), 50);
        List<TemplateSummary> second = paged.page(TemplateCursor.after(first.get(49)), 50);
        assertThat(second.get(0).name().compareToIgnoreCase(first.get(49).name())).isPositive();

        String plan = String.join("\n", dsl.fetch("explain select id from quire.content_template where org_id = ?"
                + " and (lower(name), id) > (lower(?), ?) order by lower(name), id limit 50",
                org.id(), first.get(49).name(), first.get(49).id()).getValues(0, String.class));
        assertThat(plan).contains("content_template_list_idx").doesNotContain("Sort");
    }
}
