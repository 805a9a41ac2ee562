package studio.quire.review.inbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.review.InboxScenario;
import studio.quire.testsupport.HeldExecutor;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.SameThreadTaskExecutor;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox's view model against the real database, each test in an organization of its own. */
class InboxViewModelTest {
    private static TestDatabase db;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static InboxViewModel viewModel(String login, TaskExecutor executor, int pageSize) {
        return new InboxViewModel(new NotificationRepository(db.open(db.as(login)).dsl()), executor,
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5)), pageSize);
    }

    private static InboxViewModel viewModel(String login, int pageSize) {
        return viewModel(login, new SameThreadTaskExecutor(), pageSize);
    }

    private static List<UUID> shownRequests(InboxViewModel vm) {
        return vm.items().stream().map(r -> r.notification().requestId()).toList();
    }

    private static List<UUID> submitScenes(InboxScenario s, int count) {
        List<UUID> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(s.submitScene());
        }
        return requests;
    }

    private static boolean readInDatabase(InboxScenario s, InboxRow row) {
        return (Boolean) s.asOwner("select read_at is not null from quire.notification where id = ?::uuid", row.id());
    }

    @Test
    void refresh_showsNotificationsNewestFirst_withKindTimeAndBadge() {
        InboxScenario s = InboxScenario.create(db, "Inbox VM list");
        List<UUID> requests = submitScenes(s, 3);
        InboxViewModel vm = viewModel(s.editor(), 50);
        assertThat(vm.markAllReadCommand().isExecutable()).as("nothing loaded yet").isFalse();

        vm.refresh();

        assertThat(shownRequests(vm)).containsExactly(requests.get(2), requests.get(1), requests.get(0));
        InboxRow newest = vm.items().get(0);
        assertThat(newest.kindLabel()).isEqualTo("Assigned to you");
        assertThat(newest.timeText()).as("the clock is 5 minutes ahead").isEqualTo("5 min ago");
        assertThat(newest.when()).as("the moment itself, for the tooltip").matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
        assertThat(newest.message()).isEqualTo("“" + s.titleOf(requests.get(2)) + "” waits for Copy edit");
        assertThat(newest.detail()).isEqualTo("Now in review");
        assertThat(newest.read()).isFalse();
        assertThat(vm.unreadCountProperty().get()).isEqualTo(3);
        assertThat(vm.badgeProperty().get()).isEqualTo("3");
        assertThat(vm.emptyTextProperty().get()).isEmpty();
        assertThat(vm.hasMoreProperty().get()).isFalse();
        assertThat(vm.markAllReadCommand().isExecutable()).isTrue();
    }

    @Test
    void loadMore_appendsTheNextKeysetPage_andTheBadgeStopsAt99Plus() {
        InboxScenario s = InboxScenario.create(db, "Inbox VM pages");
        s.updateAsOwner("""
                insert into quire.notification (org_id, person_id, kind, message, created_at)
                select ?::uuid, ?::uuid, 'mention', 'Note ' || g, now() - g * interval '1 minute'
                  from generate_series(1, 120) g""", s.org(), s.person(s.editor()));
        InboxViewModel vm = viewModel(s.editor(), 50);

        vm.refresh();
        assertThat(vm.items()).hasSize(50);
        assertThat(vm.items().get(0).message()).isEqualTo("Note 1");
        assertThat(vm.items().get(0).kindLabel()).isEqualTo("Mention");
        assertThat(vm.unreadCountProperty().get()).isEqualTo(100);
        assertThat(vm.badgeProperty().get()).isEqualTo("99+");

        vm.loadMoreCommand().execute();
        vm.loadMore();
        assertThat(vm.items()).extracting(InboxRow::message).hasSize(120).doesNotHaveDuplicates().endsWith("Note 120");
        assertThat(vm.hasMoreProperty().get()).isFalse();
        assertThat(vm.loadMoreCommand().isExecutable()).isFalse();
    }

    @Test
    void changed_whileALoadRuns_reloadsOnceWhenItEnds() {
        InboxScenario s = InboxScenario.create(db, "Inbox VM coalesced");
        UUID first = s.submitScene();
        HeldExecutor executor = new HeldExecutor();
        InboxViewModel vm = viewModel(s.editor(), executor, 50);

        vm.refresh();
        UUID second = s.submitScene();
        vm.changed();
        vm.changed();
        vm.changed();
        assertThat(executor.waiting()).isEqualTo(1);
        assertThat(vm.loadingProperty().get()).isTrue();

        executor.runNext();
        assertThat(executor.waiting()).as("one reload for the three changes").isEqualTo(1);
        executor.runNext();

        assertThat(executor.waiting()).isZero();
        assertThat(shownRequests(vm)).containsExactly(second, first);
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void open_showsTheRowReadAtOnce_marksItInTheDatabase_andOpensItsRequest() {
        InboxScenario s = InboxScenario.create(db, "Inbox VM open");
        UUID request = s.submitScene();
        s.submitScene();
        HeldExecutor executor = new HeldExecutor();
        InboxViewModel vm = viewModel(s.editor(), executor, 50);
        List<UUID> opened = new ArrayList<>();
        vm.setOnOpen(opened::add);
        vm.refresh();
        executor.runAll();
        InboxRow row = vm.items().get(1);
        vm.selectedProperty().set(row);

        vm.open(row);

        assertThat(opened).containsExactly(request);
        assertThat(vm.items().get(1).read()).as("before the database answers").isTrue();
        assertThat(vm.unreadCountProperty().get()).isEqualTo(1);
        assertThat(readInDatabase(s, row)).isFalse();
        executor.runAll();
        assertThat(readInDatabase(s, row)).isTrue();
        assertThat(vm.items().get(1).read()).isTrue();
        assertThat(vm.items().get(0).read()).isFalse();
        assertThat(vm.unreadCountProperty().get()).isEqualTo(1);
        assertThat(vm.badgeProperty().get()).isEqualTo("1");
        assertThat(vm.selectedProperty().get()).as("still on the opened row after it reloaded").isEqualTo(vm.items().get(1));
    }

    @Test
    void open_keepsTheRowRead_whenAPageLoadedMeanwhileStillSawItUnread() {
        InboxScenario s = InboxScenario.create(db, "Inbox VM open race");
        s.submitScene();
        HeldExecutor executor = new HeldExecutor();
        InboxViewModel vm = viewModel(s.editor(), executor, 50);
        vm.refresh();
        executor.runAll();
        InboxRow row = vm.items().get(0);

        vm.changed(); // a load starts before the mark reaches the database
        vm.open(row);
        executor.runNext();

        assertThat(vm.items().get(0).read()).isTrue();
        executor.runAll();
        assertThat(vm.items().get(0).read()).isTrue();
        assertThat(vm.unreadCountProperty().get()).isZero();
        assertThat(readInDatabase(s, row)).isTrue();
    }

    @Test
    void open_rollsTheRowBackWithAMessage_whenTheDatabaseRefuses() {
        InboxScenario s = InboxScenario.create(db, "Inbox VM refused");
        s.submitScene();
        HeldExecutor executor = new HeldExecutor();
        InboxViewModel vm = viewModel(s.editor(), executor, 50);
        vm.refresh();
        executor.runAll();
        InboxRow row = vm.items().get(0);
        vm.open(row);
        assertThat(vm.items().get(0).read()).isTrue();
        assertThat(vm.badgeProperty().get()).isEmpty();

        s.updateAsOwner("delete from quire.notification where id = ?::uuid", row.id());
        executor.runAll();

        assertThat(vm.items().get(0).read()).isFalse();
        assertThat(vm.unreadCountProperty().get()).isEqualTo(1);
        assertThat(vm.badgeProperty().get()).isEqualTo("1");
        assertThat(vm.messageProperty().get()).isEqualTo("This notification is gone or not yours");
    }

    @Test
    void markAllRead_readsEverything_thenIsDisabled() {
        InboxScenario s = InboxScenario.create(db, "Inbox VM mark all");
        submitScenes(s, 3);
        InboxViewModel vm = viewModel(s.editor(), 50);
        vm.refresh();

        vm.markAllReadCommand().execute();

        assertThat(vm.items()).hasSize(3).allMatch(InboxRow::read);
        assertThat(vm.unreadCountProperty().get()).isZero();
        assertThat(vm.badgeProperty().get()).isEmpty();
        assertThat(vm.markAllReadCommand().isExecutable()).isFalse();
        assertThat(s.asOwner("select count(*) from quire.notification where person_id = ?::uuid and read_at is null",
                s.person(s.editor()))).isEqualTo(0L);
    }

    @Test
    void unreadOnly_showsUnreadOnes_andSaysSoWhenNoneIsLeft() {
        InboxScenario s = InboxScenario.create(db, "Inbox VM unread only");
        List<UUID> requests = submitScenes(s, 3);
        InboxViewModel vm = viewModel(s.editor(), 50);
        vm.refresh();
        vm.open(vm.items().get(1));

        vm.unreadOnlyProperty().set(true);
        assertThat(shownRequests(vm)).containsExactly(requests.get(2), requests.get(0));

        vm.markAllReadCommand().execute();
        assertThat(vm.items()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).isEqualTo("No unread notifications.");

        vm.unreadOnlyProperty().set(false);
        assertThat(vm.items()).hasSize(3);
        assertThat(vm.emptyTextProperty().get()).isEmpty();
    }

    @Test
    void refresh_saysWhatWillAppear_whenThereIsNothing() {
        InboxScenario s = InboxScenario.create(db, "Inbox VM empty");
        InboxViewModel vm = viewModel(s.writer(), 50);

        vm.refresh();

        assertThat(vm.items()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).isEqualTo(
                "Nothing new. Assignments, decisions on your submissions, mentions and escalations appear here.");
        assertThat(vm.badgeProperty().get()).isEmpty();
        assertThat(vm.markAllReadCommand().isExecutable()).isFalse();
    }
}
