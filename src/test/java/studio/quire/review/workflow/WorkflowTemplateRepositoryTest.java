package studio.quire.review.workflow;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.admin.Role;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Workflow templates against the real database, each test in an organization of its own. */
class WorkflowTemplateRepositoryTest {
    private static TestDatabase db;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static List<String> names(WorkflowTemplate template) {
        return template.steps().stream().map(WorkflowStep::name).toList();
    }

    private static WorkflowStep step(String name, Role role, int approvals, int sla) {
        return new WorkflowStep(null, name, role, approvals, sla, Escalation.NONE);
    }

    @Test
    void templates_listTheDefaultWithItsTwoSteps_forEveryMember() {
        WorkflowFixture f = WorkflowFixture.create(db, "Templates read");

        List<WorkflowTemplate> seenByWriter = f.repository(f.people().writer()).templates(f.org());

        assertThat(seenByWriter).hasSize(1);
        WorkflowTemplate t = seenByWriter.get(0);
        assertThat(t.isDefault()).isTrue();
        assertThat(t.name()).isEqualTo("Copy edit → Final approval");
        assertThat(t.steps()).extracting(WorkflowStep::name, WorkflowStep::deciderRole, WorkflowStep::slaHours,
                        WorkflowStep::escalation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Copy edit", Role.EDITOR, 48, Escalation.toRole(Role.ADMIN)),
                        org.assertj.core.groups.Tuple.tuple("Final approval", Role.ADMIN, 72, Escalation.NONE));
    }

    @Test
    void create_makesANonDefaultTemplateWithOneReviewStep_asAdmin() {
        WorkflowFixture f = WorkflowFixture.create(db, "Templates create");

        WorkflowTemplate created = f.admin().create(f.org(), "  Legal check ");

        assertThat(created.name()).isEqualTo("Legal check");
        assertThat(created.isDefault()).isFalse();
        assertThat(created.steps()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Review");
            assertThat(s.deciderRole()).isEqualTo(Role.EDITOR);
            assertThat(s.approvalsNeeded()).isEqualTo(1);
            assertThat(s.slaHours()).isEqualTo(48);
        });
        assertThat(f.admin().templates(f.org())).extracting(WorkflowTemplate::name)
                .containsExactly("Copy edit → Final approval", "Legal check");
    }

    @Test
    void save_renamesAddsChangesAndRemovesStepsInOneGo_andBumpsTheVersion() {
        WorkflowFixture f = WorkflowFixture.create(db, "Templates save");
        WorkflowTemplate loaded = f.defaultTemplate();
        WorkflowStep copyEdit = loaded.steps().get(0);
        UUID person = f.admin().members(f.org()).get(0).personId();
        List<WorkflowStep> steps = List.of(
                new WorkflowStep(copyEdit.id(), "Line edit", Role.EDITOR, 2, 24, Escalation.toPerson(person)),
                step("Legal", Role.CONSULTANT, 1, 8760));

        WorkflowTemplate saved = f.admin().save(loaded.withName("Line edit → Legal").withSteps(steps));

        assertThat(saved.version()).isEqualTo(loaded.version() + 1);
        assertThat(f.reload(loaded.id())).isEqualTo(saved);
        assertThat(saved.name()).isEqualTo("Line edit → Legal");
        assertThat(saved.steps().get(0).id()).isEqualTo(copyEdit.id());
        assertThat(saved.steps().get(0)).isEqualTo(steps.get(0));
        assertThat(saved.steps().get(1).id()).isNotNull();
        assertThat(names(saved)).containsExactly("Line edit", "Legal");
    }

    @Test
    void save_reordersThreeSteps_withoutTrippingOverUniquePositions() {
        WorkflowFixture f = WorkflowFixture.create(db, "Templates reorder");
        WorkflowTemplate loaded = f.defaultTemplate();
        WorkflowTemplate three = f.admin().save(loaded.withSteps(List.of(loaded.steps().get(0), loaded.steps().get(1),
                step("Proofread", Role.EDITOR, 1, 24))));
        List<WorkflowStep> reversed = new ArrayList<>(three.steps());
        java.util.Collections.reverse(reversed);

        WorkflowTemplate saved = f.admin().save(three.withSteps(reversed));

        assertThat(names(saved)).containsExactly("Proofread", "Final approval", "Copy edit");
        assertThat(saved.steps()).extracting(WorkflowStep::id)
                .containsExactlyElementsOf(reversed.stream().map(WorkflowStep::id).toList());
    }

    @Test
    void save_isRefusedAndWritesNothing_whenSomeoneElseSavedMeanwhile() {
        WorkflowFixture f = WorkflowFixture.create(db, "Templates conflict");
        WorkflowTemplate mine = f.defaultTemplate();
        f.admin().save(mine.withName("Theirs"));

        assertThatThrownBy(() -> f.admin().save(mine.withName("Mine").withSteps(List.of(step("Only", Role.ADMIN, 1, 1)))))
                .isInstanceOf(WorkflowConflictException.class)
                .hasMessageContaining("Someone else saved “Mine” meanwhile; nothing was written.");
        WorkflowTemplate now = f.reload(mine.id());
        assertThat(now.name()).isEqualTo("Theirs");
        assertThat(names(now)).containsExactly("Copy edit", "Final approval");
    }

    @Test
    void save_letsExactlyOneOfTwoConcurrentSavesThrough_atTheSameVersion() throws Exception {
        WorkflowFixture f = WorkflowFixture.create(db, "Templates race");
        WorkflowTemplate loaded = f.defaultTemplate();
        WorkflowTemplateRepository first = f.admin();
        WorkflowTemplateRepository second = f.secondClient(f.people().admin());

        CompletableFuture<Object> a = CompletableFuture.supplyAsync(() -> attempt(first, loaded.withName("A")));
        CompletableFuture<Object> b = CompletableFuture.supplyAsync(() -> attempt(second, loaded.withName("B")));

        List<Object> outcomes = List.of(a.get(), b.get());
        assertThat(outcomes).filteredOn(o -> o instanceof WorkflowTemplate).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof WorkflowConflictException).hasSize(1);
        assertThat(f.reload(loaded.id()).version()).isEqualTo(loaded.version() + 1);
    }

    private static Object attempt(WorkflowTemplateRepository repository, WorkflowTemplate edited) {
        try {
            return repository.save(edited);
        } catch (RuntimeException e) {
            return e;
        }
    }

    @Test
    void save_leavesSubmittedRequestsWithTheStepsTheyCopied() {
        WorkflowFixture f = WorkflowFixture.create(db, "Templates requests");
        UUID request = f.submitSection();
        WorkflowTemplate loaded = f.defaultTemplate();

        f.admin().save(loaded.withSteps(List.of(step("Only step", Role.ADMIN, 3, 5))));

        assertThat(f.requestSteps(request)).containsExactly("1 Copy edit editor 1 48", "2 Final approval admin 1 72");
        assertThat(names(f.reload(loaded.id()))).containsExactly("Only step");
    }

    @Test
    void delete_removesATemplateThatRequestsUsed_whileTheRequestsKeepTheirSteps() {
        WorkflowFixture f = WorkflowFixture.create(db, "Templates delete used");
        WorkflowTemplate legal = f.admin().create(f.org(), "Legal");
        f.admin().makeDefault(legal.id());
        UUID request = f.submitSection();
        f.admin().makeDefault(f.admin().templates(f.org()).stream().filter(t -> !t.id().equals(legal.id()))
                .findFirst().orElseThrow().id());

        f.admin().delete(legal.id());

        assertThat(f.admin().templates(f.org())).extracting(WorkflowTemplate::id).doesNotContain(legal.id());
        assertThat(f.requestSteps(request)).containsExactly("1 Review editor 1 48");
    }

    @Test
    void makeDefault_swapsTheDefault_leavingExactlyOne() {
        WorkflowFixture f = WorkflowFixture.create(db, "Templates default");
        WorkflowTemplate old = f.defaultTemplate();
        WorkflowTemplate legal = f.admin().create(f.org(), "Legal");

        f.admin().makeDefault(legal.id());

        List<WorkflowTemplate> now = f.admin().templates(f.org());
        assertThat(now).filteredOn(WorkflowTemplate::isDefault).extracting(WorkflowTemplate::id).containsExactly(legal.id());
        assertThat(now.get(0).id()).isEqualTo(legal.id());
        assertThat(f.reload(old.id()).isDefault()).isFalse();
    }

    @Test
    void delete_isRefusedForTheDefaultTemplate() {
        WorkflowFixture f = WorkflowFixture.create(db, "Templates delete default");
        WorkflowTemplate standard = f.defaultTemplate();

        assertThatThrownBy(() -> f.admin().delete(standard.id()))
                .isInstanceOf(RefusedByDatabaseException.class)
                .hasMessage("The default workflow cannot be deleted: make another workflow the default first.");
        assertThat(f.reload(standard.id())).isEqualTo(standard);
    }

    @Test
    void everyWrite_isRefused_forAnEditor() {
        WorkflowFixture f = WorkflowFixture.create(db, "Templates editor");
        WorkflowTemplate standard = f.defaultTemplate();
        WorkflowTemplate legal = f.admin().create(f.org(), "Legal");
        WorkflowTemplateRepository editor = f.repository(f.people().editor());

        assertThatThrownBy(() -> editor.create(f.org(), "Mine")).isInstanceOf(RefusedByDatabaseException.class)
                .hasMessage("You do not have the role needed for this change in this organization.");
        assertThatThrownBy(() -> editor.save(standard.withName("Mine"))).isInstanceOf(RefusedByDatabaseException.class)
                .hasMessage(WorkflowTemplateRepository.ADMINS_ONLY);
        assertThatThrownBy(() -> editor.makeDefault(legal.id())).isInstanceOf(RefusedByDatabaseException.class)
                .hasMessage(WorkflowTemplateRepository.ADMINS_ONLY);
        assertThatThrownBy(() -> editor.delete(legal.id())).isInstanceOf(RefusedByDatabaseException.class)
                .hasMessage(WorkflowTemplateRepository.ADMINS_ONLY);

        assertThat(f.admin().templates(f.org())).containsExactly(standard, legal);
    }

    @Test
    void save_isRefused_whenAStepEscalatesToSomeoneOutsideTheOrganization() {
        WorkflowFixture f = WorkflowFixture.create(db, "Templates outsider");
        WorkflowFixture other = WorkflowFixture.create(db, "Templates elsewhere");
        UUID outsider = other.admin().members(other.org()).get(0).personId();
        WorkflowTemplate loaded = f.defaultTemplate();

        assertThatThrownBy(() -> f.admin().save(loaded.withSteps(List.of(
                new WorkflowStep(null, "Check", Role.EDITOR, 1, 4, Escalation.toPerson(outsider))))))
                .isInstanceOf(RefusedByDatabaseException.class)
                .hasMessage("A step escalates to a member of its organization");
        assertThat(f.reload(loaded.id())).isEqualTo(loaded);
    }

    @Test
    void members_listsTheActivePeopleWithTheirRoles() {
        WorkflowFixture f = WorkflowFixture.create(db, "Templates members");

        List<WorkflowMember> members = f.repository(f.people().editor()).members(f.org());

        assertThat(members).extracting(WorkflowMember::role)
                .containsExactlyInAnyOrder(Role.ADMIN, Role.WRITER, Role.EDITOR, Role.CONSULTANT);
        assertThat(members).allSatisfy(m -> assertThat(m.displayName()).isNotBlank());
    }
}
