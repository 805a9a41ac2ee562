package studio.quire.brand.content;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.brand.BrandKit;
import studio.quire.brand.compliance.ComplianceReport;
import studio.quire.brand.compliance.Finding;
import studio.quire.brand.compliance.Rule;
import studio.quire.brand.compliance.Severity;
import studio.quire.brand.store.BrandKitRepository;
import studio.quire.brand.store.StoredTemplate;
import studio.quire.brand.store.TemplateRepository;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.editor.store.SaveResult;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.review.ReviewRepository;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.testsupport.WritersChapter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Content requests and their compliance, from the people's side: a consultant asks content of a
 * writer's section and records checks; the organization's lowest score holds the writer's
 * submission back until a passing check of the current text is recorded; nobody but consultants
 * and admins records results, nobody but admins sets the lowest score, and results never change.
 */
class ContentRepositoryTest {
    private static final String STORY = "instagram-story";
    private static final String HASH = "a".repeat(64);

    private static TestDatabase db;
    private static Setting gated;
    private static Setting open;

    /** One organization with its people's repositories, a chapter and a template. */
    private record Setting(TestDatabase.Org org, WritersChapter chapter, StoredTemplate template,
                           ContentRepository consultant, ContentRepository admin, SectionTextRepository texts,
                           ReviewRepository writerReviews) {

        static Setting of(String name) {
            TestDatabase.Org org = db.createOrg(name);
            DSLContext consultant = db.open(db.as(org.consultant())).dsl();
            BrandKit kit = new BrandKitRepository(consultant).create(BrandKit.empty(org.id(), name + " brand"));
            StoredTemplate template = new TemplateRepository(consultant)
                    .create(UUID.randomUUID(), kit.id(), "Story card", "{\"layers\": []}");
            DSLContext writer = db.open(db.as(org.writer())).dsl();
            return new Setting(org, new WritersChapter(db, org, name + " book"), template, new ContentRepository(consultant),
                    new ContentRepository(db.open(db.as(org.admin())).dsl()), new SectionTextRepository(writer),
                    new ReviewRepository(writer));
        }

        /** A new section written by the writer; returns it with its text version. */
        UUID section(String body) {
            UUID section = chapter.newSection("Spring");
            write(section, body);
            return section;
        }

        long write(UUID section, String body) {
            SaveResult saved = texts.save(section, texts.load(section).version(), body);
            return ((SaveResult.Saved) saved).newVersion();
        }

        long textVersion(UUID section) {
            return texts.load(section).version();
        }

        ContentRequest request(UUID section, String title) {
            return consultant.create(UUID.randomUUID(), section, template.id(), template.version(), title);
        }
    }

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        gated = Setting.of("Gated");
        open = Setting.of("Open");
        gated.admin().setThreshold(gated.org().id(), 0.8);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static ComplianceReport report(int run, int passed) {
        List<Finding> findings = passed == run ? List.of()
                : List.of(new Finding(Rule.CONTRAST, Severity.ERROR, "Headline", "3.2:1", "4.5:1",
                        "The headline is too faint on its background (3.2:1, at least 4.5:1)"));
        return new ComplianceReport(findings, run, passed);
    }

    @Test
    void createAndRecord_keepTheRequestAndEveryScore_forTheTrend() {
        UUID section = gated.section("Spring is here. Everything is half off.");
        ContentRequest request = gated.request(section, "  Spring sale ");
        long text = gated.textVersion(section);

        gated.consultant().record(request.id(), STORY, text, HASH, report(25, 18));
        gated.consultant().record(request.id(), STORY, text, HASH, report(25, 25));

        assertThat(request.title()).isEqualTo("Spring sale");
        assertThat(request.orgId()).isEqualTo(gated.org().id());
        assertThat(request.templateVersion()).isEqualTo(gated.template().version());
        assertThat(request.version()).isEqualTo(1);
        assertThat(gated.consultant().forNode(section)).containsExactly(request);
        List<ComplianceTrendPoint> trend = new ContentRepository(db.open(db.as(gated.org().writer())).dsl())
                .trend(request.id(), STORY);
        assertThat(trend).extracting(ComplianceTrendPoint::score).containsExactly(0.72, 1.0);
        assertThat(trend).extracting(ComplianceTrendPoint::textVersion).containsOnly(text);
        assertThat(trend.get(0).computedAt()).isBeforeOrEqualTo(trend.get(1).computedAt());
    }

    @Test
    void record_storesTheFindingsByRuleId_andTheDatabaseComputesTheScore() throws Exception {
        UUID section = gated.section("Words.");
        ContentRequest request = gated.request(section, "Findings");

        gated.consultant().record(request.id(), STORY, gated.textVersion(section), HASH, report(4, 3));

        try (Connection c = db.rawConnection(db.as(gated.org().editor()));
             PreparedStatement ps = c.prepareStatement("""
                     select score, findings -> 0 ->> 'rule', findings -> 0 ->> 'severity', findings -> 0 ->> 'measured',
                            computed_by is not null
                       from quire.compliance_result where request_id = ?""")) {
            ps.setObject(1, request.id());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("0.75");
                assertThat(rs.getString(2)).isEqualTo("contrast");
                assertThat(rs.getString(3)).isEqualTo("error");
                assertThat(rs.getString(4)).isEqualTo("3.2:1");
                assertThat(rs.getBoolean(5)).as("the database says who computed it").isTrue();
            }
        }
    }

    @Test
    void submitForReview_isRefused_whenAVariantScoresUnderTheThreshold() {
        UUID section = gated.section("Spring is here.");
        ContentRequest request = gated.request(section, "Spring sale");
        gated.consultant().record(request.id(), STORY, gated.textVersion(section), HASH, report(25, 18));

        assertThatThrownBy(() -> gated.writerReviews().submit(section))
                .isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> assertThat(e.sqlState()).isEqualTo("QU002"))
                .hasMessage("“Spring sale” scores 72 % for Instagram story; this organization submits at 80 % or more: "
                        + "fix the findings first");
    }

    @Test
    void submitForReview_isRefused_whenTheTextChangedSinceTheLastCheck_thenGoesThroughOnceChecked() {
        UUID section = gated.section("Spring is here.");
        ContentRequest request = gated.request(section, "Spring sale");
        gated.consultant().record(request.id(), STORY, gated.textVersion(section), HASH, report(10, 10));
        long changed = gated.write(section, "Spring is here, and so is the sale.");

        assertThatThrownBy(() -> gated.writerReviews().submit(section))
                .isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> assertThat(e.sqlState()).isEqualTo("QU002"))
                .hasMessage("“Spring sale” for Instagram story has not been checked since the text changed: "
                        + "check it again before submitting");

        gated.consultant().record(request.id(), STORY, changed, HASH, report(10, 9));
        assertThat(gated.writerReviews().submit(section)).isNotNull();
    }

    @Test
    void submitForReview_isRefused_forARequestNeverChecked_andOnTheChapterAbove() {
        WritersChapter teasers = new WritersChapter(db, gated.org(), "Teasers");
        UUID section = teasers.newSection("Summer");
        gated.write(section, "Unchecked words.");
        gated.request(section, "Summer teaser");

        assertThatThrownBy(() -> gated.writerReviews().submit(teasers.chapter()))
                .isInstanceOf(RefusedByDatabaseException.class)
                .hasMessage("“Summer teaser” has not been checked for brand compliance yet: check it before submitting");
    }

    @Test
    void submitForReview_judgesTheLatestResultOfEachPlatform() {
        UUID section = gated.section("Autumn.");
        ContentRequest request = gated.request(section, "Autumn");
        long text = gated.textVersion(section);
        gated.consultant().record(request.id(), STORY, text, HASH, report(10, 5));
        gated.consultant().record(request.id(), STORY, text, HASH, report(10, 8));
        gated.consultant().record(request.id(), "linkedin-post", text, HASH, report(10, 7));

        assertThatThrownBy(() -> gated.writerReviews().submit(section))
                .hasMessageContaining("“Autumn” scores 70 % for Linkedin post");

        gated.consultant().record(request.id(), "linkedin-post", text, HASH, report(10, 10));
        assertThat(gated.writerReviews().submit(section)).isNotNull();
    }

    @Test
    void submitForReview_isUnchanged_withoutAThreshold() {
        UUID section = open.section("No policy here.");
        ContentRequest request = open.request(section, "Low score");
        open.consultant().record(request.id(), STORY, open.textVersion(section), HASH, report(10, 1));
        open.request(section, "Never checked");

        assertThat(open.consultant().threshold(open.org().id())).isEmpty();
        assertThat(open.writerReviews().submit(section)).isNotNull();
    }

    @Test
    void thresholdAndSetThreshold_areTheAdminsToSet_andNullLiftsIt() {
        TestDatabase.Org org = db.createOrg("Policy");
        ContentRepository admin = new ContentRepository(db.open(db.as(org.admin())).dsl());

        for (String login : List.of(org.writer(), org.editor(), org.consultant())) {
            assertThatThrownBy(() -> new ContentRepository(db.open(db.as(login)).dsl()).setThreshold(org.id(), 0.1))
                    .as(login).isInstanceOfSatisfying(RefusedByDatabaseException.class,
                            e -> assertThat(e.sqlState()).isEqualTo("42501"));
        }
        admin.setThreshold(org.id(), 0.85);
        assertThat(new ContentRepository(db.open(db.as(org.writer())).dsl()).threshold(org.id())).contains(0.85);
        admin.setThreshold(org.id(), null);
        assertThat(admin.threshold(org.id())).isEmpty();
        assertThatThrownBy(() -> admin.setThreshold(org.id(), 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writersAndEditors_cannotRecordResultsOrChangeThePolicy_norWithPlainSql() throws Exception {
        UUID section = gated.section("Guarded.");
        ContentRequest request = gated.request(section, "Guarded");
        for (String login : List.of(gated.org().writer(), gated.org().editor())) {
            assertThatThrownBy(() -> new ContentRepository(db.open(db.as(login)).dsl())
                    .record(request.id(), STORY, 1, HASH, report(1, 1)))
                    .as(login).isInstanceOfSatisfying(RefusedByDatabaseException.class,
                            e -> assertThat(e.sqlState()).isEqualTo("42501"));
            try (Connection c = db.rawConnection(db.as(login))) {
                assertThat(refusal(c, """
                        insert into quire.compliance_result (org_id, request_id, platform, text_version, content_hash,
                                                             checks_run, checks_passed)
                        values (?, ?, 'instagram-story', 1, repeat('a', 64), 1, 1)""", gated.org().id(), request.id()))
                        .as("%s inserting a result", login).isEqualTo("42501");
                assertThat(changedOrRefused(c, "update quire.org_brand_policy set min_compliance = 0 where org_id = ?",
                        gated.org().id())).as("%s lowering the threshold", login).isZero();
                assertThat(refusal(c, "insert into quire.content_request (id, org_id, node_id, template_id, "
                        + "template_version, title) values (gen_random_uuid(), ?, ?, ?, 1, 'Mine')",
                        gated.org().id(), section, gated.template().id())).as("%s asking for content", login)
                        .isEqualTo("42501");
            }
        }
        assertThat(gated.consultant().threshold(gated.org().id())).contains(0.8);
    }

    @Test
    void complianceResults_areAppendOnly_forConsultantsAdminsAndTheOwner() throws Exception {
        UUID section = gated.section("Fixed.");
        ContentRequest request = gated.request(section, "Fixed");
        gated.consultant().record(request.id(), STORY, gated.textVersion(section), HASH, report(10, 2));

        for (String login : List.of(gated.org().consultant(), gated.org().admin())) {
            try (Connection c = db.rawConnection(db.as(login))) {
                assertThat(refusal(c, "update quire.compliance_result set checks_passed = 10 where request_id = ?",
                        request.id())).as("%s updating", login).isEqualTo("42501");
                assertThat(refusal(c, "delete from quire.compliance_result where request_id = ?", request.id()))
                        .as("%s deleting", login).isEqualTo("42501");
            }
        }
        try (Connection c = db.rawConnection(db.owner())) {
            assertThat(refusal(c, "update quire.compliance_result set checks_passed = 10 where request_id = ?",
                    request.id())).as("the owner updating").isEqualTo("42501");
        }
        assertThat(gated.consultant().trend(request.id(), STORY)).extracting(ComplianceTrendPoint::score).containsExactly(0.2);
    }

    @Test
    void create_isRefused_onANodeThatIsNotASection() {
        assertThatThrownBy(() -> gated.request(gated.chapter().chapter(), "Whole chapter"))
                .isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> assertThat(e.sqlState()).isEqualTo("22023"))
                .hasMessageStartingWith("Content is asked of a section, and “Chapter” is a chapter");
    }

    /** Rows the statement changed, 0 when it is refused for lack of privilege. */
    private static int changedOrRefused(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("42501");
            return 0;
        }
    }

    /** The SQLSTATE the statement is refused with; fails the test when it runs. */
    private static String refusal(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.execute();
        } catch (SQLException e) {
            return e.getSQLState();
        }
        throw new AssertionError("allowed: " + sql);
    }
}
