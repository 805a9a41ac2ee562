package studio.quire.review.workflow;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.admin.Role;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.SameThreadTaskExecutor;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Workflows page's view model against the real database, each test in an organization of its own. */
class WorkflowTemplatesViewModelTest {
    private static TestDatabase db;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static WorkflowTemplatesViewModel loaded(WorkflowFixture f, String login, boolean admin) {
        WorkflowTemplatesViewModel vm = new WorkflowTemplatesViewModel(f.repository(login), f.org(), admin,
                new SameThreadTaskExecutor());
        vm.load();
        return vm;
    }

    private static WorkflowTemplatesViewModel admin(WorkflowFixture f) {
        return loaded(f, f.people().admin(), true);
    }

    private static List<String> stepNames(WorkflowTemplatesViewModel vm) {
        return vm.draft().rows().stream().map(r -> r.nameProperty().get()).toList();
    }

    private static StepRow selectStep(WorkflowTemplatesViewModel vm, int index) {
        StepRow row = vm.draft().rows().get(index);
        vm.draft().selectedStepProperty().set(row);
        return row;
    }

    @Test
    void load_selectsTheDefaultAndShowsItsStepsWithTheirTimeInWords() {
        WorkflowFixture f = WorkflowFixture.create(db, "VM load");

        WorkflowTemplatesViewModel vm = admin(f);

        assertThat(vm.templates()).hasSize(1);
        assertThat(vm.selectedProperty().get().isDefault()).isTrue();
        assertThat(vm.draft().nameProperty().get()).isEqualTo("Copy edit → Final approval");
        assertThat(stepNames(vm)).containsExactly("Copy edit", "Final approval");
        assertThat(vm.draft().rows().get(0).slaTextProperty().get()).isEqualTo("2 days");
        assertThat(vm.draft().rows().get(1).slaTextProperty().get()).isEqualTo("3 days");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.readOnlyNotice()).isEmpty();
        assertThat(vm.escalationChoices()).hasSize(1 + Role.values().length + 4);
        assertThat(vm.escalationLabel(vm.draft().rows().get(0).escalationProperty().get())).isEqualTo("Any admin");
    }

    @Test
    void editingAStep_makesTheCopyDirty_andUndoTakesOneEditBack() {
        WorkflowFixture f = WorkflowFixture.create(db, "VM undo");
        WorkflowTemplatesViewModel vm = admin(f);
        StepRow first = selectStep(vm, 0);

        first.slaHoursProperty().set(36);
        first.nameProperty().set("Line");
        first.nameProperty().set("Line edit");

        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.commands().save().isExecutable()).isTrue();
        vm.commands().undo().execute();
        assertThat(stepNames(vm)).containsExactly("Copy edit", "Final approval");
        assertThat(vm.draft().rows().get(0).slaTextProperty().get()).isEqualTo("1 day 12 hours");
        vm.commands().undo().execute();
        assertThat(vm.draft().rows().get(0).slaHoursProperty().get()).isEqualTo(48);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.commands().undo().isExecutable()).isFalse();
    }

    @Test
    void revert_discardsTheEdits_andUndoBringsThemBack() {
        WorkflowFixture f = WorkflowFixture.create(db, "VM revert");
        WorkflowTemplatesViewModel vm = admin(f);
        vm.draft().nameProperty().set("Renamed");
        vm.commands().addStep().execute();

        vm.commands().revert().execute();

        assertThat(vm.draft().nameProperty().get()).isEqualTo("Copy edit → Final approval");
        assertThat(stepNames(vm)).containsExactly("Copy edit", "Final approval");
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.commands().undo().execute();
        assertThat(vm.draft().nameProperty().get()).isEqualTo("Renamed");
        assertThat(stepNames(vm)).hasSize(3);
    }

    @Test
    void stepCommands_addRemoveAndMove_keepingAtLeastOneStep() {
        WorkflowFixture f = WorkflowFixture.create(db, "VM steps");
        WorkflowTemplatesViewModel vm = admin(f);
        selectStep(vm, 0);

        vm.commands().addStep().execute();
        assertThat(stepNames(vm)).containsExactly("Copy edit", "Review", "Final approval");
        assertThat(vm.draft().selectedStepProperty().get()).isSameAs(vm.draft().rows().get(1));
        vm.commands().moveDown().execute();
        assertThat(stepNames(vm)).containsExactly("Copy edit", "Final approval", "Review");
        assertThat(vm.commands().moveDown().isExecutable()).isFalse();
        selectStep(vm, 0);
        assertThat(vm.commands().moveUp().isExecutable()).isFalse();
        vm.commands().removeStep().execute();
        vm.commands().removeStep().execute();
        assertThat(stepNames(vm)).containsExactly("Review");
        assertThat(vm.commands().removeStep().isExecutable()).isFalse();
    }

    @Test
    void save_writesTheWorkingCopy_andAReloadShowsIt() {
        WorkflowFixture f = WorkflowFixture.create(db, "VM save");
        WorkflowTemplatesViewModel vm = admin(f);
        selectStep(vm, 1);
        vm.commands().moveUp().execute();
        StepRow approval = vm.draft().selectedStepProperty().get();
        approval.approvalsProperty().set(2);
        approval.escalationProperty().set(Escalation.toRole(Role.CONSULTANT));

        vm.commands().save().execute();

        assertThat(vm.messageProperty().get()).isEqualTo("Saved “Copy edit → Final approval”.");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.commands().undo().isExecutable()).isFalse();
        WorkflowTemplatesViewModel again = admin(f);
        assertThat(stepNames(again)).containsExactly("Final approval", "Copy edit");
        assertThat(again.draft().rows().get(0).approvalsProperty().get()).isEqualTo(2);
        assertThat(again.draft().rows().get(0).escalationProperty().get()).isEqualTo(Escalation.toRole(Role.CONSULTANT));
        assertThat(again.selectedProperty().get().version()).isEqualTo(2);
    }

    @Test
    void save_saysWhatIsWrong_andWritesNothing_forInvalidEdits() {
        WorkflowFixture f = WorkflowFixture.create(db, "VM validation");
        f.admin().create(f.org(), "Legal");
        WorkflowTemplatesViewModel vm = admin(f);
        StepRow first = selectStep(vm, 0);

        vm.draft().nameProperty().set("  ");
        vm.commands().save().execute();
        assertThat(vm.messageProperty().get()).isEqualTo("Give the workflow a name.");
        vm.draft().nameProperty().set("legal ");
        vm.commands().save().execute();
        assertThat(vm.messageProperty().get()).isEqualTo("Another workflow is already called “legal”.");
        vm.draft().nameProperty().set("Standard");
        first.nameProperty().set("");
        vm.commands().save().execute();
        assertThat(vm.messageProperty().get()).isEqualTo("Step 1 needs a name.");
        first.nameProperty().set("Copy edit");
        first.approvalsProperty().set(7);
        vm.commands().save().execute();
        assertThat(vm.messageProperty().get()).isEqualTo("Step 1 needs between 1 and 6 approvals.");
        first.approvalsProperty().set(1);
        first.slaHoursProperty().set(8761);
        vm.commands().save().execute();
        assertThat(vm.messageProperty().get()).startsWith("The time limit of step 1 is between 1 hour and 8760 hours");

        assertThat(f.defaultTemplate().version()).isEqualTo(1);
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void save_afterSomeoneElseSaved_isRefused_keepsTheEdits_andASecondSaveReplacesTheirs() {
        WorkflowFixture f = WorkflowFixture.create(db, "VM conflict");
        WorkflowTemplatesViewModel vm = admin(f);
        vm.draft().nameProperty().set("Mine");
        f.secondClient(f.people().admin()).save(f.defaultTemplate().withName("Theirs"));

        vm.commands().save().execute();

        assertThat(vm.messageProperty().get()).startsWith("Someone else saved “Mine” meanwhile; nothing was written.");
        assertThat(vm.draft().nameProperty().get()).isEqualTo("Mine");
        assertThat(f.defaultTemplate().name()).isEqualTo("Theirs");
        vm.commands().save().execute();
        assertThat(f.defaultTemplate().name()).isEqualTo("Mine");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void select_isRefusedWhileTheCopyHasUnsavedEdits() {
        WorkflowFixture f = WorkflowFixture.create(db, "VM select");
        f.admin().create(f.org(), "Legal");
        WorkflowTemplatesViewModel vm = admin(f);
        WorkflowTemplate legal = vm.templates().get(1);
        vm.draft().nameProperty().set("Edited");

        assertThat(vm.select(legal)).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Save or revert the changes to “Copy edit → Final approval” first.");
        vm.commands().revert().execute();
        assertThat(vm.select(legal)).isTrue();
        assertThat(vm.draft().nameProperty().get()).isEqualTo("Legal");
        assertThat(stepNames(vm)).containsExactly("Review");
    }

    @Test
    void newTemplate_makeDefault_andDelete_asAnAdmin() {
        WorkflowFixture f = WorkflowFixture.create(db, "VM lifecycle");
        WorkflowTemplatesViewModel vm = admin(f);
        assertThat(vm.commands().delete().isExecutable()).isFalse();

        vm.commands().newTemplate().execute();
        vm.commands().newTemplate().execute();
        assertThat(vm.templates()).extracting(WorkflowTemplate::name)
                .containsExactly("Copy edit → Final approval", "New workflow", "New workflow 2");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("New workflow 2");

        vm.commands().makeDefault().execute();
        assertThat(vm.templates().get(0).name()).isEqualTo("New workflow 2");
        assertThat(vm.selectedProperty().get().isDefault()).isTrue();
        assertThat(vm.commands().delete().isExecutable()).isFalse();

        vm.select(vm.templates().get(1));
        vm.commands().delete().execute();
        assertThat(vm.templates()).extracting(WorkflowTemplate::name).containsExactly("New workflow 2", "New workflow");
        assertThat(vm.messageProperty().get()).startsWith("Deleted “Copy edit → Final approval”.");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("New workflow 2");
    }

    @Test
    void aNonAdmin_seesTheWorkflowsReadOnly() {
        WorkflowFixture f = WorkflowFixture.create(db, "VM read only");

        WorkflowTemplatesViewModel vm = loaded(f, f.people().editor(), false);

        assertThat(stepNames(vm)).containsExactly("Copy edit", "Final approval");
        assertThat(vm.readOnlyNotice()).isEqualTo("Only admins change workflows; you can see them here.");
        assertThat(vm.editableProperty().get()).isFalse();
        WorkflowCommands c = vm.commands();
        assertThat(List.of(c.newTemplate(), c.addStep(), c.removeStep(), c.moveUp(), c.moveDown(), c.save(), c.revert(),
                c.undo(), c.makeDefault(), c.delete())).noneMatch(studio.quire.ui.Command::isExecutable);
    }

    @Test
    void load_saysSoInTheListAndTheMessageLine_whenTheDatabaseCannotBeReached() {
        WorkflowFixture f = WorkflowFixture.create(db, "VM unreachable");
        studio.quire.db.Database closed = db.open(db.as(f.people().admin()));
        closed.close();
        WorkflowTemplatesViewModel vm = new WorkflowTemplatesViewModel(new WorkflowTemplateRepository(closed.dsl()),
                f.org(), true, new SameThreadTaskExecutor());

        vm.load();

        assertThat(vm.templates()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).isEqualTo(WorkflowTemplatesViewModel.LOAD_FAILED);
        assertThat(vm.messageProperty().get()).startsWith("That did not work: ");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.commands().newTemplate().isExecutable()).isTrue();
    }
}
