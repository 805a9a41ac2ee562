package studio.quire.review;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.testsupport.WritersChapter;
import studio.quire.ui.SameThreadTaskExecutor;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer's Review tab on the real database: submit, see the editor's request for changes, submit again. */
class NodeReviewViewModelTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static WritersChapter book;
    private static ReviewRepository writer;
    private static ReviewRepository editor;
    private static SectionTextRepository texts;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Node review");
        book = new WritersChapter(db, org, "Reviewed book");
        writer = new ReviewRepository(db.open(db.as(org.writer())).dsl());
        editor = new ReviewRepository(db.open(db.as(org.editor())).dsl());
        texts = new SectionTextRepository(db.open(db.as(org.writer())).dsl());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private NodeReviewViewModel viewModel(ReviewRepository repository, boolean canAuthor) {
        return new NodeReviewViewModel(repository, new SameThreadTaskExecutor(), Clock.system(ZoneOffset.UTC), canAuthor);
    }

    @Test
    void submit_thenChangesRequested_thenSubmitAgain_theWriterSeesEveryStep() {
        UUID section = book.newSection("The ferry");
        texts.save(section, texts.load(section).version(), "The ferry did not come.\n");
        NodeReviewViewModel review = viewModel(writer, true);
        review.show(section, "The ferry");
        assertThat(review.statusProperty().get()).isEqualTo(NodeReviewViewModel.NOT_SUBMITTED);
        assertThat(review.resubmitCommand().isExecutable()).isFalse();

        review.submitCommand().execute();

        assertThat(review.messageProperty().get()).isEqualTo("Submitted “The ferry” for review.");
        assertThat(review.statusProperty().get()).startsWith("In review: step 1 of 2, Copy edit, due in 2 days");
        assertThat(review.submitCommand().isExecutable()).as("already waiting").isFalse();

        UUID request = review.requestProperty().get().requestId();
        editor.decide(request, 1, ReviewDecision.REQUEST_CHANGES, "Name the ferry.");
        review.refresh();
        assertThat(review.statusProperty().get()).startsWith("Changes requested at Copy edit");
        assertThat(review.commentProperty().get()).isEqualTo("“Name the ferry.”");

        texts.save(section, texts.load(section).version(), "The Saga did not come.\n");
        review.resubmitCommand().execute();

        assertThat(review.statusProperty().get()).startsWith("In review: step 1 of 2").endsWith("(round 2)");
        assertThat(review.messageProperty().get()).isEqualTo("Submitted again for review.");
    }

    @Test
    void submit_savesTheOpenTextFirst_andIsRefused_whileTheDatabaseDoesNotHaveIt() {
        UUID section = book.newSection("Unsaved");
        NodeReviewViewModel review = viewModel(writer, true);
        review.setSaveFirst(() -> () -> false);
        review.show(section, "Unsaved");

        review.submitCommand().execute();

        assertThat(review.messageProperty().get()).isEqualTo(NodeReviewViewModel.NOT_SAVED);
        assertThat(review.statusProperty().get()).isEqualTo(NodeReviewViewModel.NOT_SUBMITTED);
    }

    @Test
    void submit_withAnotherWorkflow_followsItsSteps() {
        var admin = db.open(db.as(org.admin())).dsl();
        UUID template = admin.fetchSingle("insert into quire.workflow_template (org_id, name) values (?, 'Quick look')"
                + " returning id", org.id()).get(0, UUID.class);
        admin.execute("insert into quire.workflow_step (org_id, template_id, position, name, decider_role, approvals_needed,"
                + " sla_hours) values (?, ?, 1, 'Glance', 'editor', 1, 24)", org.id(), template);
        UUID section = book.newSection("Quick one");
        texts.save(section, texts.load(section).version(), "A quick one.\n");
        NodeReviewViewModel review = viewModel(writer, true);
        review.show(section, "Quick one");
        assertThat(review.workflows()).extracting(WorkflowChoice::name).startsWith("Copy edit → Final approval")
                .contains("Quick look");
        assertThat(review.workflowProperty().get().isDefault()).isTrue();

        review.workflowProperty().set(review.workflows().stream().filter(w -> w.name().equals("Quick look")).findFirst()
                .orElseThrow());
        review.submitCommand().execute();

        assertThat(review.statusProperty().get()).startsWith("In review: step 1 of 1, Glance");
    }

    @Test
    void reviews_listEveryRequestTheTextWentThrough_newestFirst_andOpenOne() {
        UUID section = book.newSection("Twice reviewed");
        texts.save(section, texts.load(section).version(), "Once.\n");
        UUID first = writer.submit(section);
        writer.discard(first);
        texts.save(section, texts.load(section).version(), "Twice.\n");
        UUID second = writer.submit(section);
        NodeReviewViewModel review = viewModel(writer, true);
        List<UUID> opened = new ArrayList<>();
        review.setOnOpen(opened::add);

        review.show(section, "Twice reviewed");

        assertThat(review.reviews()).extracting(PastReview::requestId).containsExactly(second, first);
        assertThat(review.reviews().get(1).describe()).startsWith("Discarded · submitted ");
        review.openReview(review.reviews().get(1));
        assertThat(opened).containsExactly(first);

        review.show(null, null);
        assertThat(review.reviews()).isEmpty();
    }

    @Test
    void submit_isNotOffered_toAnEditor() {
        UUID section = book.newSection("Editor's pick");
        NodeReviewViewModel review = viewModel(editor, false);
        review.show(section, "Editor's pick");

        assertThat(review.submitCommand().isExecutable()).isFalse();
        assertThat(review.statusProperty().get()).isEqualTo(NodeReviewViewModel.NOT_SUBMITTED);
    }

    @Test
    void show_aChapter_findsTheRequestOfItsSections_andNothingSelectedSaysSo() {
        UUID section = book.newSection("Chapter's scene");
        texts.save(section, texts.load(section).version(), "A scene.\n");
        writer.submit(section);
        NodeReviewViewModel review = viewModel(writer, true);

        review.show(book.chapter(), "Chapter");
        assertThat(review.statusProperty().get()).startsWith("In review");

        review.show(null, null);
        assertThat(review.statusProperty().get()).isEqualTo(NodeReviewViewModel.NOTHING_SELECTED);
    }

    @Test
    void due_saysHowLongIsLeftOrHowLate() {
        Clock noon = Clock.fixed(OffsetDateTime.parse("2026-11-22T12:00:00Z").toInstant(), ZoneOffset.UTC);
        NodeReviewViewModel review = new NodeReviewViewModel(writer, new SameThreadTaskExecutor(), noon, true);

        assertThat(review.due(OffsetDateTime.parse("2026-11-24T12:00:00Z"))).isEqualTo("due in 2 days");
        assertThat(review.due(OffsetDateTime.parse("2026-11-22T09:00:00Z"))).isEqualTo("overdue by 3 hours");
        assertThat(review.due(OffsetDateTime.parse("2026-11-22T12:00:30Z"))).isEqualTo("due in 1 minute");
        assertThat(review.due(OffsetDateTime.parse("2026-11-24T11:59:00Z"))).as("47 h 59 min").isEqualTo("due in 2 days");
    }
}
