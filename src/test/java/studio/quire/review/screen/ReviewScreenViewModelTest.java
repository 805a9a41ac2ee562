package studio.quire.review.screen;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.compare.view.ChangeItem;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.testsupport.HeldExecutor;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.testsupport.WritersChapter;
import studio.quire.ui.SameThreadTaskExecutor;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import studio.quire.review.ReviewDecision;
import studio.quire.review.ReviewState;
import studio.quire.review.ReviewRepository;
import static org.assertj.core.api.Assertions.assertThat;

/** The review screen on the real database, as an editor, an admin and the writer who submitted. */
class ReviewScreenViewModelTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static WritersChapter book;
    private static ReviewRepository writer;
    private static SectionTextRepository texts;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Review screen");
        book = new WritersChapter(db, org, "Screened book");
        writer = new ReviewRepository(db.open(db.as(org.writer())).dsl());
        texts = new SectionTextRepository(db.open(db.as(org.writer())).dsl());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static ReviewScreenViewModel screenAs(String login) {
        var dsl = db.open(db.as(login)).dsl();
        return new ReviewScreenViewModel(new ReviewRepository(dsl), new ReviewDetailsRepository(dsl),
                new SameThreadTaskExecutor(), Clock.system(ZoneOffset.UTC));
    }

    private static UUID submitted(String title, String body) {
        UUID section = book.newSection(title);
        texts.save(section, texts.load(section).version(), body);
        return writer.submit(section);
    }

    @Test
    void open_asTheEditor_showsTheStepTheTextAndOffersTheDecisions() {
        UUID request = submitted("Harbour", "The harbour was quiet.\n");
        ReviewScreenViewModel screen = screenAs(org.editor());

        screen.open(request);

        assertThat(screen.headlineProperty().get()).isEqualTo("Harbour");
        assertThat(screen.stepLineProperty().get()).startsWith("Step 1 of 2 · Copy edit · due in 2 days");
        assertThat(screen.approveCommand().isExecutable()).isTrue();
        assertThat(screen.publishCommand().isExecutable()).as("not the editor's").isFalse();
        assertThat(screen.history()).extracting(ReviewHistoryEntry::what).containsExactly("Submitted for review");
        assertThat(screen.baseProperty().get()).isEqualTo(ReviewBase.LAST_APPROVED);
        assertThat(screen.comparisonProperty().get().changes()).extracting(ChangeItem::toString).isNotEmpty();
        assertThat(screen.sectionTextProperty().get().plainText()).contains("The harbour was quiet.");
    }

    @Test
    void open_anotherRequestWhileOneLoads_showsTheOneOpenedLast() {
        UUID first = submitted("First light", "Dawn came late.\n");
        UUID second = submitted("Second tide", "The tide turned.\n");
        HeldExecutor held = new HeldExecutor();
        var dsl = db.open(db.as(org.editor())).dsl();
        ReviewScreenViewModel screen = new ReviewScreenViewModel(new ReviewRepository(dsl), new ReviewDetailsRepository(dsl),
                held, Clock.system(ZoneOffset.UTC));

        screen.open(first);
        screen.open(second);
        held.runAll();

        assertThat(screen.headlineProperty().get()).isEqualTo("Second tide");
        assertThat(screen.detailsProperty().get().requestId()).isEqualTo(second);
    }

    @Test
    void requestChanges_withoutAComment_isRefusedHere_withAComment_isSentAndShownInTheHistory() {
        UUID request = submitted("Ferry", "The ferry did not come.\n");
        ReviewScreenViewModel screen = screenAs(org.editor());
        screen.open(request);

        screen.requestChangesCommand().execute();
        assertThat(screen.messageProperty().get()).startsWith("Say what should change");
        assertThat(screen.detailsProperty().get().state()).isEqualTo(ReviewState.IN_REVIEW);

        screen.commentProperty().set("Name the ferry.");
        screen.open(request);
        assertThat(screen.commentProperty().get()).as("kept when the same request opens again").isEqualTo("Name the ferry.");
        screen.requestChangesCommand().execute();

        assertThat(screen.messageProperty().get()).isEqualTo("Changes requested. The writer has your comment.");
        assertThat(screen.commentProperty().get()).isEmpty();
        assertThat(screen.detailsProperty().get().state()).isEqualTo(ReviewState.CHANGES_REQUESTED);
        assertThat(screen.approveCommand().isExecutable()).isFalse();
        assertThat(screen.history()).last().satisfies(e -> {
            assertThat(e.what()).isEqualTo("Requested changes at Copy edit");
            assertThat(e.remark()).isEqualTo("Name the ferry.");
        });
    }

    @Test
    void theWriter_cannotDecide_butPublishesOnceEveryStepApproved() {
        UUID request = submitted("Lighthouse", "The light turned.\n");
        ReviewScreenViewModel mine = screenAs(org.writer());
        mine.open(request);
        assertThat(mine.decidingBinding().get()).isFalse();
        assertThat(mine.discardCommand().isExecutable()).isTrue();

        ReviewScreenViewModel editor = screenAs(org.editor());
        editor.open(request);
        editor.approveCommand().execute();
        assertThat(editor.messageProperty().get()).startsWith("Approved. It goes on");
        assertThat(editor.stepLineProperty().get()).startsWith("Step 2 of 2 · Final approval");
        assertThat(editor.decidingBinding().get()).as("final approval is the admin's").isFalse();

        ReviewScreenViewModel admin = screenAs(org.admin());
        admin.open(request);
        admin.approveCommand().execute();
        assertThat(admin.messageProperty().get()).startsWith("Approved. Every step is done");

        mine.changed();
        assertThat(mine.stepLineProperty().get()).isEqualTo("Approved: ready to publish");
        mine.publishCommand().execute();
        assertThat(mine.detailsProperty().get().state()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(mine.history()).extracting(ReviewHistoryEntry::what)
                .containsExactly("Submitted for review", "Approved Copy edit", "Approved Final approval", "Published");
    }

    @Test
    void anAdminWhoResubmittedTheText_isNotOfferedTheDecisionOnIt() {
        UUID section = book.newSection("Resubmitted by the admin");
        texts.save(section, texts.load(section).version(), "First words.\n");
        UUID request = writer.submit(section);
        ReviewRepository editor = new ReviewRepository(db.open(db.as(org.editor())).dsl());
        editor.decide(request, 1, ReviewDecision.REQUEST_CHANGES, "More.");
        texts.save(section, texts.load(section).version(), "First words, and more.\n");
        new ReviewRepository(db.open(db.as(org.admin())).dsl()).resubmit(request);
        editor.decide(request, 1, ReviewDecision.APPROVE, "");

        ReviewScreenViewModel admin = screenAs(org.admin());
        admin.open(request);

        assertThat(admin.stepLineProperty().get()).startsWith("Step 2 of 2 · Final approval");
        assertThat(admin.decidingBinding().get()).isFalse();
        assertThat(admin.approveCommand().isExecutable()).isFalse();
    }

    @Test
    void delegate_handsTheStepOver_withTheReasonInTheHistory() {
        UUID request = submitted("Storm", "The storm came early.\n");
        ReviewScreenViewModel screen = screenAs(org.editor());
        screen.open(request);
        List<ReviewDetailsRepository.Delegate> people = new ArrayList<>();

        screen.loadDelegates(people::addAll);
        assertThat(people).extracting(ReviewDetailsRepository.Delegate::personId)
                .doesNotContain(screen.detailsProperty().get().me(), screen.detailsProperty().get().submittedBy())
                .isNotEmpty();
        ReviewDetailsRepository.Delegate admin = people.stream().filter(p -> p.role().equals("admin")).findFirst().orElseThrow();

        screen.delegate(admin, "  ");
        assertThat(screen.messageProperty().get()).startsWith("Choose someone and say why");
        screen.delegate(admin, "I am away this week");

        assertThat(screen.stepLineProperty().get()).contains("delegated to " + admin.name());
        assertThat(screen.history()).last().satisfies(e -> {
            assertThat(e.what()).isEqualTo("Delegated Copy edit to " + admin.name());
            assertThat(e.remark()).isEqualTo("I am away this week");
        });
    }

    @Test
    void open_aSecondRound_comparesWithThePreviousSubmission() {
        UUID section = book.newSection("Tide");
        texts.save(section, texts.load(section).version(), "The tide was low.\n");
        UUID request = writer.submit(section);
        ReviewRepository editor = new ReviewRepository(db.open(db.as(org.editor())).dsl());
        editor.decide(request, 1, ReviewDecision.REQUEST_CHANGES, "Say when.");
        texts.save(section, texts.load(section).version(), "At dawn the tide was low.\n");
        writer.resubmit(request);

        ReviewScreenViewModel screen = screenAs(org.editor());
        screen.open(request);

        assertThat(screen.baseProperty().get()).isEqualTo(ReviewBase.PREVIOUS_SUBMISSION);
        assertThat(screen.stepLineProperty().get()).endsWith("(round 2)");
        assertThat(screen.comparisonProperty().get().changes()).hasSize(1);

        screen.baseProperty().set(ReviewBase.LAST_APPROVED);
        assertThat(screen.comparisonProperty().get().request().olderLabel()).isEqualTo("Last approved text");
    }
}
