package studio.quire.project;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.SameThreadTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/** The Projects page's decisions, without a UI toolkit, against the real database. */
class ProjectsViewModelTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private ProjectsViewModel writer;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Projects VM");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void freshOrganization() {
        org = db.createOrg("Projects VM " + System.nanoTime());
        writer = viewModelFor(org.writer(), true);
        writer.load();
    }

    private static ProjectsViewModel viewModelFor(String login, boolean canAuthor) {
        return new ProjectsViewModel(new ProjectRepository(db.open(db.as(login)).dsl()), org.id(), canAuthor,
                new SameThreadTaskExecutor());
    }

    @Test
    void load_showsAnInvitingEmptyState_whenThereAreNoProjects() {
        assertThat(writer.visibleProjects()).isEmpty();
        assertThat(writer.emptyTextProperty().get()).contains("No projects yet").contains("Ctrl+N");
    }

    @Test
    void create_addsAndSelectsTheProject_andSavesIt() {
        writer.create("  The Winter Garden  ", ProjectKind.BOOK);

        assertThat(writer.visibleProjects()).extracting(Project::title).containsExactly("The Winter Garden");
        assertThat(writer.selectedProperty().get().title()).isEqualTo("The Winter Garden");
        ProjectsViewModel reloaded = viewModelFor(org.writer(), true);
        reloaded.load();
        assertThat(reloaded.visibleProjects()).extracting(Project::title).containsExactly("The Winter Garden");
    }

    @Test
    void create_doesNothing_forABlankTitle() {
        assertThat(writer.titleProblem("   ")).contains("A project needs a title.");
        writer.create("   ", ProjectKind.BLOG);
        assertThat(writer.visibleProjects()).isEmpty();
    }

    @Test
    void filter_matchesTitlesIgnoringCase_andExplainsAnEmptyResult() {
        writer.create("Spring Campaign", ProjectKind.CAMPAIGN);
        writer.create("Autumn Novel", ProjectKind.BOOK);

        writer.filterProperty().set("novel");
        assertThat(writer.visibleProjects()).extracting(Project::title).containsExactly("Autumn Novel");

        writer.filterProperty().set("zebra");
        assertThat(writer.visibleProjects()).isEmpty();
        assertThat(writer.emptyTextProperty().get()).contains("zebra");
    }

    @Test
    void archive_hidesTheProject_untilShowArchived_andUndoRestoresIt() {
        writer.create("Old Blog", ProjectKind.BLOG);
        assertThat(writer.archiveCommand().isExecutable()).isTrue();

        writer.archiveCommand().execute();
        assertThat(writer.visibleProjects()).isEmpty();
        assertThat(writer.emptyTextProperty().get()).contains("Show archived");

        writer.showArchivedProperty().set(true);
        assertThat(writer.visibleProjects()).singleElement().satisfies(p -> assertThat(p.archived()).isTrue());

        writer.undoCommand().execute();
        assertThat(writer.visibleProjects()).singleElement().satisfies(p -> assertThat(p.archived()).isFalse());
    }

    @Test
    void rename_savesTheNewTitle_andUndoBringsBackTheOldOne() {
        writer.create("Draft Title", ProjectKind.BOOK);
        writer.rename("Final Title");
        assertThat(writer.selectedProperty().get().title()).isEqualTo("Final Title");
        assertThat(writer.undoLabelProperty().get()).isEqualTo("Undo rename");

        writer.undoCommand().execute();
        assertThat(writer.visibleProjects()).extracting(Project::title).containsExactly("Draft Title");
    }

    @Test
    void rename_reportsAConflict_andReloads_whenSomeoneElseRenamedFirst() {
        writer.create("Shared", ProjectKind.BOOK);
        ProjectsViewModel colleague = viewModelFor(org.admin(), true);
        colleague.load();
        colleague.selectedProperty().set(colleague.visibleProjects().get(0));
        colleague.rename("Colleague's title");

        writer.rename("My title");

        assertThat(writer.messageProperty().get()).contains("changed by someone else");
        assertThat(writer.visibleProjects()).extracting(Project::title).containsExactly("Colleague's title");
    }

    @Test
    void editor_cannotAuthor_andIsToldWhy() {
        writer.create("Reviewed Book", ProjectKind.BOOK);
        ProjectsViewModel editor = viewModelFor(org.editor(), false);
        editor.load();
        assertThat(editor.visibleProjects()).hasSize(1);
        editor.selectedProperty().set(editor.visibleProjects().get(0));
        assertThat(editor.archiveCommand().isExecutable()).isFalse();

        // Even if the UI let it through, the database says no, and the page says why.
        ProjectsViewModel pretending = viewModelFor(org.editor(), true);
        pretending.create("Sneaky", ProjectKind.BLOG);
        assertThat(pretending.messageProperty().get()).contains("role");
        assertThat(pretending.visibleProjects()).isEmpty();
    }
}
