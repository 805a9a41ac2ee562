package studio.quire.project;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.admin.PeopleRepository;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Projects as the people who work on them see them: row-level security and optimistic versions. */
class ProjectRepositoryTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;

    @BeforeAll
    static void organization() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Projects");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static ProjectRepository as(String login) {
        return new ProjectRepository(db.open(db.as(login)).dsl());
    }

    @Test
    void create_storesTheProject_andFindAndListReturnIt() {
        ProjectRepository writer = as(org.writer());
        LocalDate deadline = LocalDate.of(2031, 3, 1);

        Project created = writer.create(org.id(), ProjectKind.CAMPAIGN, "  Spring launch  ", "For the shop", 5000, deadline);

        assertThat(created.title()).isEqualTo("Spring launch");
        assertThat(created.kind()).isEqualTo(ProjectKind.CAMPAIGN);
        assertThat(created.orgId()).isEqualTo(org.id());
        assertThat(created.description()).isEqualTo("For the shop");
        assertThat(created.wordGoal()).isEqualTo(5000);
        assertThat(created.deadline()).isEqualTo(deadline);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.archived()).isFalse();
        assertThat(writer.find(created.id())).contains(created);
        assertThat(as(org.editor()).list(org.id())).contains(created);
        assertThat(writer.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void rename_bumpsVersionAndUpdatedAt() {
        ProjectRepository writer = as(org.writer());
        Project created = writer.create(org.id(), ProjectKind.BOOK, "Working title", null, null, null);

        Project renamed = writer.rename(created, "Final title");

        assertThat(renamed.title()).isEqualTo("Final title");
        assertThat(renamed.version()).isEqualTo(created.version() + 1);
        assertThat(renamed.updatedAt()).isAfter(created.updatedAt());
        assertThat(writer.find(created.id())).contains(renamed);
        assertThat(writer.list(org.id()).get(0)).isEqualTo(renamed);
    }

    @Test
    void setArchived_archivesAndUnarchives() {
        ProjectRepository consultant = as(org.consultant());
        Project created = consultant.create(org.id(), ProjectKind.BLOG, "Old blog", "", null, null);

        Project archived = consultant.setArchived(created, true);
        assertThat(archived.archived()).isTrue();
        assertThat(archived.version()).isEqualTo(2);
        assertThat(consultant.list(org.id())).contains(archived);

        Project back = consultant.setArchived(archived, false);
        assertThat(back.archived()).isFalse();
        assertThat(back.version()).isEqualTo(3);
    }

    @Test
    void createAndRename_areRefusedForAnEditor_byRowLevelSecurity() {
        ProjectRepository editor = as(org.editor());
        assertThatThrownBy(() -> editor.create(org.id(), ProjectKind.BOOK, "Editor's own", "", null, null))
                .isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> {
                    assertThat(e).hasMessage("You do not have the role needed for this change in this organization.");
                    assertThat(e.sqlState()).isEqualTo("42501");
                });

        Project project = as(org.writer()).create(org.id(), ProjectKind.BOOK, "Writer's book", "", null, null);
        assertThatThrownBy(() -> editor.rename(project, "Editor was here"))
                .isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> {
                    assertThat(e).hasMessage("You do not have the role needed for this change in this organization.");
                    assertThat(e.sqlState()).isEqualTo("42501");
                });
        assertThatThrownBy(() -> editor.setArchived(project, true)).isInstanceOf(RefusedByDatabaseException.class);
        assertThat(editor.find(project.id())).contains(project);
    }

    @Test
    void rename_throwsConcurrentChange_whenBasedOnAStaleVersion() {
        ProjectRepository writer = as(org.writer());
        ProjectRepository admin = as(org.admin());
        Project original = writer.create(org.id(), ProjectKind.BOOK, "Shared", "", null, null);
        Project adminsView = admin.find(original.id()).orElseThrow();

        Project writersRename = writer.rename(original, "The writer's title");

        assertThatThrownBy(() -> admin.rename(adminsView, "The admin's title"))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("“Shared”")
                .hasMessageContaining("changed by someone else");
        assertThat(writer.find(original.id())).contains(writersRename);
    }

    @Test
    void createAndRename_cleanControlCharactersIncludingNul() {
        ProjectRepository writer = as(org.writer());

        Project created = writer.create(org.id(), ProjectKind.BOOK, "\u0000Night\u0000\tand\u0007day\r\n",
                "Line one\nline two\u0000", null, null);
        assertThat(created.title()).isEqualTo("Night  and day");
        assertThat(created.description()).isEqualTo("Line one\nline two");

        Project renamed = writer.rename(created, "Dawn\u0000\u001b[31m");
        assertThat(renamed.title()).isEqualTo("Dawn  [31m");
        assertThat(renamed.title()).doesNotContain("\u0000").doesNotContain("\u001b");
    }

    @Test
    void create_recordsTheCreatingPerson_evenWhenSomeoneElseIsClaimed() throws Exception {
        Project created = as(org.writer()).create(org.id(), ProjectKind.BOOK, "Mine", "", null, null);
        UUID writer = new PeopleRepository(db.open(db.as(org.writer())).dsl()).me().orElseThrow().personId();
        UUID admin = new PeopleRepository(db.open(db.as(org.admin())).dsl()).me().orElseThrow().personId();
        assertThat(createdBy(created.id())).isEqualTo(writer);

        try (Connection raw = db.rawConnection(db.as(org.writer()));
             PreparedStatement ps = raw.prepareStatement("insert into quire.project (org_id, kind, title, created_by) "
                     + "values (?, 'book', 'Claimed', ?) returning id")) {
            ps.setObject(1, org.id());
            ps.setObject(2, admin);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(createdBy(rs.getObject(1, UUID.class))).as("created_by cannot be forged").isEqualTo(writer);
            }
        }
        try (Connection raw = db.rawConnection(db.as(org.writer()));
             PreparedStatement ps = raw.prepareStatement("update quire.project set created_by = ? where id = ?")) {
            ps.setObject(1, admin);
            ps.setObject(2, created.id());
            ps.executeUpdate();
        }
        assertThat(createdBy(created.id())).isEqualTo(writer);
    }

    private static UUID createdBy(UUID project) throws Exception {
        try (Connection owner = db.rawConnection(db.owner());
             PreparedStatement ps = owner.prepareStatement("select created_by from quire.project where id = ?")) {
            ps.setObject(1, project);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getObject(1, UUID.class);
            }
        }
    }
}
