package studio.quire.goals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.SameThreadTaskExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Goals on the Projects page, without a UI toolkit, against the real database. */
class ProjectGoalsViewModelTest {
    private static TestDatabase db;
    private GoalFixture book;
    private ProjectGoalsViewModel goals;
    private final List<UUID> changed = new ArrayList<>();

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void book() {
        book = new GoalFixture(db, "Goal page book");
        goals = viewModelFor(book.org.writer(), true);
        goals.setOnGoalChanged(changed::add);
    }

    private ProjectGoalsViewModel viewModelFor(String login, boolean canAuthor) {
        return new ProjectGoalsViewModel(new GoalsRepository(db.open(db.as(login)).dsl()), book.sessionGoal, book.org.id(),
                canAuthor, new SameThreadTaskExecutor(), book.clock);
    }

    @Test
    void load_showsALine_onlyForProjectsWithAGoal() {
        goals.load();
        assertThat(goals.lines()).isEmpty();

        book.goals.setGoal(book.project, 80_000, book.today().plusDays(38));
        goals.load();

        ProjectLine line = goals.lines().get(book.project);
        assertThat(line.text()).isEqualTo("2,000 / 80,000 words · 2,000 a day until "
                + ProgressTexts.day(book.today().plusDays(38)));
        assertThat(line.fraction()).isEqualTo(0.025);
        assertThat(goals.goalOf(book.project)).get().extracting(ProjectGoal::words).isEqualTo(80_000);
    }

    @Test
    void save_setsTheGoalAndTheSessionGoal_andRefreshes() {
        goals.save(book.project, "50,000", book.today().plusDays(9), "750");

        assertThat(book.goals.goal(book.project)).get().extracting(ProjectGoal::words).isEqualTo(50_000);
        assertThat(book.sessionGoal.get()).isEqualTo(750);
        assertThat(goals.lines()).containsKey(book.project);
        assertThat(goals.messageProperty().get()).startsWith("Goal set: 50,000 words by");
        assertThat(changed).containsExactly(book.project);
    }

    @Test
    void save_withoutDeadline_setsTheGoalAlone() {
        goals.save(book.project, "50000", null, "500");
        assertThat(book.goals.goal(book.project)).get().extracting(ProjectGoal::deadline).isNull();
        assertThat(goals.lines().get(book.project).text()).isEqualTo("2,000 / 50,000 words");
    }

    @Test
    void problem_explainsWhatIsWrong() {
        assertThat(goals.problem(book.project, "0", null, "500")).get().asString().contains("above zero");
        assertThat(goals.problem(book.project, "lots", null, "500")).get().asString().contains("whole number");
        assertThat(goals.problem(book.project, "12.5", null, "500")).get().asString().contains("whole number");
        assertThat(goals.problem(book.project, "20000000", null, "500")).get().asString().contains("at most 10,000,000");
        assertThat(goals.problem(book.project, "1000", book.today().minusDays(1), "500")).get().asString()
                .contains("cannot be in the past");
        assertThat(goals.problem(book.project, "1000", null, "0")).get().asString().contains("session goal");
        assertThat(goals.problem(book.project, "1 000", book.today(), "500")).isEmpty();
    }

    @Test
    void problem_letsAnUnchangedPastDeadlineStay() {
        book.goals.setGoal(book.project, 1_000, book.today().minusDays(5));
        goals.load();
        assertThat(goals.problem(book.project, "2000", book.today().minusDays(5), "500")).isEmpty();
    }

    @Test
    void save_isIgnored_whenSomethingIsWrong() {
        goals.save(book.project, "-5", null, "500");
        assertThat(book.goals.goal(book.project)).isEmpty();
        assertThat(changed).isEmpty();
    }

    @Test
    void clear_removesTheGoalAndItsLine() {
        goals.save(book.project, "50000", null, "500");
        goals.clear(book.project, "600");

        assertThat(book.goals.goal(book.project)).isEmpty();
        assertThat(goals.lines()).isEmpty();
        assertThat(book.sessionGoal.get()).isEqualTo(600);
        assertThat(goals.messageProperty().get()).isEqualTo("Goal cleared.");
    }

    @Test
    void goalsCommand_onTheProjectsPage_needsASelectionAndAnAuthoringRole() {
        book.goals.setGoal(book.project, 1_000, null);
        studio.quire.project.ProjectsViewModel writerPage = page(book.org.writer(), true);
        studio.quire.project.ProjectsViewModel editorPage = page(book.org.editor(), false);

        assertThat(writerPage.goalsCommand().isExecutable()).isFalse();
        writerPage.selectedProperty().set(writerPage.visibleProjects().get(0));
        editorPage.selectedProperty().set(editorPage.visibleProjects().get(0));

        assertThat(writerPage.goalsCommand().isExecutable()).isTrue();
        assertThat(editorPage.goalsCommand().isExecutable()).isFalse();
        assertThat(writerPage.goals().orElseThrow().lines()).containsKey(book.project);
    }

    private studio.quire.project.ProjectsViewModel page(String login, boolean canAuthor) {
        var page = new studio.quire.project.ProjectsViewModel(new studio.quire.project.ProjectRepository(
                db.open(db.as(login)).dsl()), book.org.id(), canAuthor, new SameThreadTaskExecutor(), p -> { },
                viewModelFor(login, canAuthor));
        page.load();
        return page;
    }

    @Test
    void save_asAnEditor_isRefusedWithAClearMessage() {
        ProjectGoalsViewModel editor = viewModelFor(book.org.editor(), true);
        editor.save(book.project, "50000", null, "500");
        assertThat(editor.messageProperty().get()).contains("Only a writer, consultant or admin");
        assertThat(book.goals.goal(book.project)).isEmpty();
    }
}
