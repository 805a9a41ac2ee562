package studio.quire.review.queue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.testsupport.HeldExecutor;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.SameThreadTaskExecutor;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import studio.quire.review.ReviewFixture;
import studio.quire.review.ReviewRepository;
import static org.assertj.core.api.Assertions.assertThat;

/** The review queue's view model against the real database, each test in an organization of its own. */
class ReviewQueueViewModelTest {
    private static TestDatabase db;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static ReviewQueueViewModel viewModel(String login, TaskExecutor executor, int pageSize) {
        var dsl = db.open(db.as(login)).dsl();
        return new ReviewQueueViewModel(new ReviewRepository(dsl), new QueueRepository(dsl), executor,
                Clock.systemUTC(), pageSize);
    }

    private static ReviewQueueViewModel viewModel(String login, int pageSize) {
        return viewModel(login, new SameThreadTaskExecutor(), pageSize);
    }

    private static List<UUID> submitScenes(ReviewFixture f, int count) {
        List<UUID> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(f.submit(f.writer(), f.newSection(f.chapter(), "Scene " + i, "Scene number " + i + ".")));
        }
        return requests;
    }

    static void makeOverdue(ReviewFixture f, UUID request) {
        f.update(f.owner(), "update quire.review_step set due_at = now() - interval '1 hour' where request_id = ?::uuid",
                request);
    }

    private static List<UUID> shown(ReviewQueueViewModel vm) {
        return vm.rows().stream().map(r -> r.item().requestId()).toList();
    }

    @Test
    void refresh_showsSubmittedItemsSoonestDueFirst_withDueTextAndCount() {
        ReviewFixture f = ReviewFixture.create(db, "Queue order");
        List<UUID> requests = submitScenes(f, 3);
        makeOverdue(f, requests.get(2));
        ReviewQueueViewModel vm = viewModel(f.editor(), 50);

        vm.refresh();

        assertThat(shown(vm)).containsExactly(requests.get(2), requests.get(0), requests.get(1));
        QueueRow late = vm.rows().get(0);
        assertThat(late.overdue()).isTrue();
        assertThat(late.dueText()).isEqualTo("overdue by 1 hour");
        assertThat(vm.rows().get(1).overdue()).isFalse();
        assertThat(vm.rows().get(1).dueText()).as("a 48-hour step just started").isEqualTo("due in 2 days");
        assertThat(vm.rows().get(1).detail()).startsWith("Copy edit · due in 2 days · from Person ");
        assertThat(vm.countProperty().get()).isEqualTo(3);
        assertThat(vm.badgeProperty().get()).isEqualTo("3");
        assertThat(vm.emptyTextProperty().get()).isEmpty();
        assertThat(vm.hasMoreProperty().get()).isFalse();
    }

    @Test
    void loadMore_appendsTheNextKeysetPage_untilNoneIsLeft() {
        ReviewFixture f = ReviewFixture.create(db, "Queue pages");
        List<UUID> requests = submitScenes(f, 5);
        ReviewQueueViewModel vm = viewModel(f.editor(), 2);

        vm.refresh();
        assertThat(shown(vm)).containsExactly(requests.get(0), requests.get(1));
        assertThat(vm.loadMoreCommand().isExecutable()).isTrue();

        vm.loadMoreCommand().execute();
        assertThat(shown(vm)).containsExactlyElementsOf(requests.subList(0, 4));

        vm.loadMoreCommand().execute();
        assertThat(shown(vm)).containsExactlyElementsOf(requests);
        assertThat(vm.hasMoreProperty().get()).isFalse();
        assertThat(vm.loadMoreCommand().isExecutable()).isFalse();
    }

    @Test
    void claimAndRelease_markTheItemTakenByMe_andTakenForTheOtherEditor() {
        ReviewFixture f = ReviewFixture.create(db, "Queue claims");
        UUID request = submitScenes(f, 1).get(0);
        ReviewQueueViewModel mine = viewModel(f.editor(), 50);
        ReviewQueueViewModel theirs = viewModel(f.editor2(), 50);
        mine.refresh();
        mine.selectedProperty().set(mine.rows().get(0));
        assertThat(mine.releaseCommand().isExecutable()).isFalse();

        mine.claimCommand().execute();

        assertThat(mine.rows().get(0).taken()).isEqualTo(QueueRow.Taken.BY_ME);
        assertThat(mine.rows().get(0).takenText()).isEqualTo("Taken by you");
        assertThat(mine.selectedProperty().get().item().requestId()).isEqualTo(request);
        assertThat(mine.claimCommand().isExecutable()).isFalse();
        theirs.refresh();
        theirs.selectedProperty().set(theirs.rows().get(0));
        assertThat(theirs.rows().get(0).taken()).isEqualTo(QueueRow.Taken.BY_SOMEONE);
        assertThat(theirs.claimCommand().isExecutable()).isFalse();
        assertThat(theirs.releaseCommand().isExecutable()).isFalse();

        mine.releaseCommand().execute();

        assertThat(mine.rows().get(0).taken()).isEqualTo(QueueRow.Taken.NO);
        assertThat(mine.claimCommand().isExecutable()).isTrue();
        assertThat(mine.messageProperty().get()).isEmpty();
    }

    @Test
    void claim_showsTheDatabasesRefusalInOneLine_whenSomeoneElseTookItFirst() {
        ReviewFixture f = ReviewFixture.create(db, "Queue race");
        UUID request = submitScenes(f, 1).get(0);
        ReviewQueueViewModel vm = viewModel(f.editor(), 50);
        vm.refresh();
        vm.selectedProperty().set(vm.rows().get(0));
        f.call(f.editor2(), "select quire.claim_review(?::uuid)", request);

        vm.claimCommand().execute();

        assertThat(vm.messageProperty().get()).isEqualTo("Someone else has already taken this step");
        assertThat(vm.rows().get(0).taken()).as("the list shows it taken now").isEqualTo(QueueRow.Taken.BY_SOMEONE);
    }

    @Test
    void changed_dropsAnItemAnotherEditorDecided_andKeepsAsManyItemsAsWereShown() {
        ReviewFixture f = ReviewFixture.create(db, "Queue changes");
        List<UUID> requests = submitScenes(f, 5);
        ReviewQueueViewModel vm = viewModel(f.editor(), 2);
        vm.refresh();
        vm.loadMoreCommand().execute();
        assertThat(shown(vm)).hasSize(4);

        f.approve(f.editor2(), requests.get(1), 1);
        vm.changed();

        assertThat(shown(vm)).containsExactly(requests.get(0), requests.get(2), requests.get(3), requests.get(4));
        assertThat(vm.countProperty().get()).isEqualTo(4);
        assertThat(vm.hasMoreProperty().get()).isFalse();
    }

    @Test
    void changed_whileALoadRuns_reloadsOnceWhenItEnds() {
        ReviewFixture f = ReviewFixture.create(db, "Queue bursts");
        UUID first = submitScenes(f, 1).get(0);
        HeldExecutor held = new HeldExecutor();
        ReviewQueueViewModel vm = viewModel(f.editor(), held, 50);

        vm.refresh();
        UUID second = submitScenes(f, 1).get(0);
        vm.changed();
        vm.changed();
        vm.changed();
        assertThat(held.waiting()).isEqualTo(1);

        held.runNext();
        assertThat(held.waiting()).as("one reload for the burst").isEqualTo(1);
        held.runNext();

        assertThat(held.waiting()).isZero();
        assertThat(shown(vm)).containsExactly(first, second);
    }

    @Test
    void filters_narrowTheQueueInTheDatabase_byStepOverdueProjectSubmitterAndAge() {
        ReviewFixture f = ReviewFixture.create(db, "Queue filters");
        List<UUID> requests = submitScenes(f, 2);
        f.approve(f.editor(), requests.get(0), 1);
        makeOverdue(f, requests.get(1));
        f.call(f.admin(), "select quire.escalate_overdue_reviews()");
        ReviewQueueViewModel vm = viewModel(f.admin(), 50);
        vm.refresh();
        assertThat(vm.stepNames()).containsExactly(ReviewQueueViewModel.ALL_STEPS, "Copy edit", "Final approval");
        assertThat(shown(vm)).containsExactlyInAnyOrderElementsOf(requests);

        vm.stepFilterProperty().set("Final approval");
        assertThat(shown(vm)).containsExactly(requests.get(0));

        vm.stepFilterProperty().set(ReviewQueueViewModel.ALL_STEPS);
        vm.overdueOnlyProperty().set(true);
        assertThat(shown(vm)).containsExactly(requests.get(1));

        vm.overdueOnlyProperty().set(false);
        vm.projectFilterProperty().set(UUID.randomUUID());
        assertThat(shown(vm)).isEmpty();
        assertThat(vm.emptyTextProperty().get()).isEqualTo(ReviewQueueViewModel.NONE_MATCH);
        vm.projectFilterProperty().set(f.project());
        assertThat(shown(vm)).hasSize(2);
        assertThat(vm.projectChoices()).extracting(QueueFacets.Choice::id).containsExactly(null, f.project());

        vm.submitterFilterProperty().set(f.person(f.admin()));
        assertThat(shown(vm)).isEmpty();
        vm.submitterFilterProperty().set(f.person(f.writer()));
        assertThat(shown(vm)).hasSize(2);
        assertThat(vm.submitterChoices()).extracting(QueueFacets.Choice::id).containsExactly(null, f.person(f.writer()));

        vm.ageFilterProperty().set(QueueAge.WEEK);
        assertThat(shown(vm)).as("submitted just now").isEmpty();
        vm.ageFilterProperty().set(QueueAge.ANY);
        assertThat(shown(vm)).hasSize(2);
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void checkOverdue_escalatesTheOverdueStep_onceWhoeverAsks_andTheTargetSeesIt() {
        ReviewFixture f = ReviewFixture.create(db, "Queue escalation");
        UUID request = submitScenes(f, 1).get(0);
        makeOverdue(f, request);
        ReviewQueueViewModel admin = viewModel(f.admin(), 50);
        admin.refresh();
        assertThat(shown(admin)).as("copy edit is the editors'").isEmpty();

        viewModel(f.editor(), 50).checkOverdue();
        admin.checkOverdue();
        admin.refresh();

        assertThat(shown(admin)).containsExactly(request);
        assertThat(f.count("select count(*) from quire.review_event where request_id = ?::uuid and kind = 'escalated'",
                request)).isEqualTo(1);
    }

    @Test
    void filters_applyToEveryPage_notOnlyToTheLoadedOne() {
        ReviewFixture f = ReviewFixture.create(db, "Queue filter pages");
        List<UUID> requests = submitScenes(f, 5);
        for (UUID request : requests.subList(0, 4)) {
            f.approve(f.editor(), request, 1);
        }
        ReviewQueueViewModel vm = viewModel(f.admin(), 2);
        vm.refresh();
        vm.stepFilterProperty().set("Final approval");
        assertThat(shown(vm)).hasSize(2);
        vm.loadMoreCommand().execute();

        assertThat(shown(vm)).containsExactlyInAnyOrderElementsOf(requests.subList(0, 4));
        assertThat(vm.hasMoreProperty().get()).isFalse();
    }

    @Test
    void refresh_saysNothingWaits_whenTheQueueIsEmpty() {
        ReviewFixture f = ReviewFixture.create(db, "Queue empty");
        ReviewQueueViewModel vm = viewModel(f.editor(), 50);

        vm.refresh();

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).isEqualTo("Nothing waits for you. Items submitted for review show here.");
        assertThat(vm.countProperty().get()).isZero();
        assertThat(vm.badgeProperty().get()).isEmpty();
    }
}
