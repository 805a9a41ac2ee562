package studio.quire.testsupport;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import org.testfx.api.FxRobot;
import studio.quire.db.Database;
import studio.quire.demo.DemoBook;
import studio.quire.demo.DemoBookRepository;
import studio.quire.manuscript.tree.ManuscriptNodeViewModel;
import studio.quire.project.Project;
import studio.quire.session.DataDirectory;
import studio.quire.session.SessionOpener;
import studio.quire.session.SettingsStore;
import studio.quire.ui.FxTaskExecutor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;

import static studio.quire.testsupport.FxTests.waitUntil;

/**
 * What the tests that build the writing desk or the whole window share: a database of their own
 * with an organization and a demo book in it (made once per test class, {@link #withBook}), and a
 * studio signed in as that organization's writer (made per test, {@link #writerStudio}).
 */
public final class StudioFixture implements AutoCloseable {
    private final TestDatabase db;
    private final TestDatabase.Org org;
    private final DemoBook book;
    private final Project project;

    private StudioFixture(TestDatabase db, TestDatabase.Org org, DemoBook book, Project project) {
        this.db = db;
        this.org = org;
        this.book = book;
        this.project = project;
    }

    /** A new database with an organization named {@code orgName} whose writer has created {@code book}. */
    public static StudioFixture withBook(String orgName, DemoBook book) {
        TestDatabase db = TestServer.get().newDatabase();
        TestDatabase.Org org = db.createOrg(orgName);
        try (Database writer = db.open(db.as(org.writer()))) {
            Project project = new DemoBookRepository(writer.dsl()).createBook(org.id(), book, p -> { }).project();
            return new StudioFixture(db, org, book, project);
        }
    }

    public TestDatabase db() {
        return db;
    }

    public TestDatabase.Org org() {
        return org;
    }

    public DemoBook book() {
        return book;
    }

    public Project project() {
        return project;
    }

    /**
     * A studio for one test, signed in as the writer: a data home of its own (a temporary directory
     * named from {@code homePrefix}), its settings, an executor that answers on the FX thread (the
     * test closes it), and a session opener that the environment points at this database.
     */
    public WriterStudio writerStudio(String homePrefix) throws IOException {
        Path home = Files.createTempDirectory(homePrefix);
        SettingsStore settings = new SettingsStore(home.resolve("settings.properties"));
        FxTaskExecutor executor = new FxTaskExecutor(Platform::runLater, 2);
        SessionOpener opener = new SessionOpener(new DataDirectory(home), settings, Map.of("QUIRE_DB_URL",
                db.owner().jdbcUrl(), "QUIRE_DB_USER", org.writer(), "QUIRE_DB_PASSWORD", TestDatabase.passwordOf(org.writer())));
        return new WriterStudio(settings, executor, opener);
    }

    /** The binder's row for the node titled {@code title}, once it shows. */
    public static Node binderRow(FxRobot robot, String title) {
        Predicate<TreeCell<ManuscriptNodeViewModel>> row = c -> c.getItem() != null
                && title.equals(c.getItem().titleProperty().get());
        waitUntil(() -> robot.lookup(row).tryQuery().isPresent());
        return robot.lookup(row).query();
    }

    /** Drops the database. */
    @Override
    public void close() {
        db.close();
    }

    /** The parts of a studio signed in as the writer. */
    public record WriterStudio(SettingsStore settings, FxTaskExecutor executor, SessionOpener opener) {
    }
}
