package studio.quire.app;

import javafx.scene.Node;
import studio.quire.admin.NewPersonPasswords;
import studio.quire.admin.PeopleRepository;
import studio.quire.admin.PeopleView;
import studio.quire.admin.PeopleViewModel;
import studio.quire.review.inbox.InboxView;
import studio.quire.review.workflow.WorkflowTemplateRepository;
import studio.quire.review.workflow.WorkflowTemplatesView;
import studio.quire.review.workflow.WorkflowTemplatesViewModel;
import studio.quire.review.inbox.InboxViewModel;
import studio.quire.review.inbox.NotificationRepository;
import studio.quire.review.ReviewRepository;
import studio.quire.db.Database;
import studio.quire.db.LocalCredentials;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.goals.GoalsRepository;
import studio.quire.goals.ProjectGoalsViewModel;
import studio.quire.goals.WritingProgressView;
import studio.quire.project.Project;
import studio.quire.project.ProjectRepository;
import studio.quire.project.ProjectsView;
import studio.quire.project.ProjectsViewModel;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import studio.quire.session.Session;
import studio.quire.session.SessionOpener;
import studio.quire.app.window.SidebarPage;
import studio.quire.app.window.FeatureViews;
/**
 * Wires each feature page to a session: repository, view model, view. Part of the composition
 * root; it also keeps, per signed-in database, the writing services (saver, goals) and the local
 * journal they share, and closes them before the session's database.
 */
public final class StudioFeatures implements FeatureViews, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StudioFeatures.class);

    private final TaskExecutor executor;
    private final SessionOpener opener;
    private final Consumer<Project> openProject;
    private final Consumer<String> notices;
    private final Consumer<String> goodNews;
    private final LocalJournal journal;
    private final Clock clock = Clock.systemDefaultZone();
    private final WritingDesks desks;
    private final Map<Database, StudioWriting> writing = new ConcurrentHashMap<>();
    /** Per session: opens a request's review screen on the Review page. */
    private final Map<Database, Consumer<java.util.UUID>> reviewScreens = new ConcurrentHashMap<>();
    private final ReviewPages reviewPages;
    private Runnable showReviewPage = () -> { };

    /**
     * @param openProject what opening a project on the Projects page does
     * @param notices     shows a sentence about a problem in the status bar (on the FX thread)
     * @param goodNews    shows a sentence of good news there, such as text recovered from the journal
     */
    public StudioFeatures(TaskExecutor executor, SessionOpener opener, Consumer<Project> openProject,
                          Consumer<String> notices, Consumer<String> goodNews) {
        this.executor = executor;
        this.opener = opener;
        this.openProject = openProject;
        this.notices = notices;
        this.goodNews = goodNews;
        this.journal = new LocalJournal(opener.directory().journal());
        this.desks = new WritingDesks(executor, Platform::runLater, clock);
        this.reviewPages = new ReviewPages(executor, clock);
    }

    /** What showing the Review page does (the main window switches to it). */
    public void setOnShowReview(Runnable showReviewPage) {
        this.showReviewPage = java.util.Objects.requireNonNull(showReviewPage);
    }

    /** Shows the review screen of a request on the session's Review page (from the inbox or the desk). */
    void openReview(Session session, java.util.UUID requestId) {
        Consumer<java.util.UUID> open = reviewScreens.get(session.database());
        if (open != null) {
            open.accept(requestId);
        }
    }

    @Override
    public Node workflows(Session session) {
        WorkflowTemplatesViewModel workflows = new WorkflowTemplatesViewModel(
                new WorkflowTemplateRepository(session.database().dsl()), session.organization().orgId(),
                session.organization().isAdmin(), executor);
        workflows.load();
        return new WorkflowTemplatesView(workflows);
    }

    @Override
    public SidebarPage inbox(Session session) {
        InboxViewModel inbox = new InboxViewModel(new NotificationRepository(session.database().dsl(),
                session.organization().orgId()), executor, clock);
        inbox.setOnOpen(request -> openReview(session, request));
        inbox.refresh();
        InboxView page = new InboxView(inbox);
        PageLifetimes.closeWhenRemoved(page, session.database().listen(
                ReviewRepository.channel(session.organization().orgId()), Duration.ofMillis(100),
                () -> Platform.runLater(inbox::changed)));
        return new SidebarPage(page, inbox.badgeProperty());
    }

    @Override
    public Node projects(Session session) {
        boolean canAuthor = session.organization().role().canAuthor();
        ProjectGoalsViewModel goals = new ProjectGoalsViewModel(new GoalsRepository(session.database().dsl()),
                StudioWriting.sessionGoal(opener.settings()), session.organization().orgId(), canAuthor, executor, clock);
        writingFor(session).ifPresent(w -> goals.setOnGoalChanged(id -> w.progress().refresh()));
        ProjectsViewModel projects = new ProjectsViewModel(new ProjectRepository(session.database().dsl()),
                session.organization().orgId(), canAuthor, executor, openProject, goals);
        projects.load();
        return new ProjectsView(projects);
    }

    @Override
    public Node manuscript(Session session, Project project) {
        try {
            return desks.build(session, project, writing(session), request -> openReview(session, request));
        } catch (IllegalStateException e) {
            Label problem = new Label(e.getMessage());
            problem.setWrapText(true);
            problem.getStyleClass().add("page-problem");
            return problem;
        }
    }

    /** With every sentence, good news or not, told to {@code notices}. */
    public StudioFeatures(TaskExecutor executor, SessionOpener opener, Consumer<Project> openProject,
                          Consumer<String> notices) {
        this(executor, opener, openProject, notices, notices);
    }

    @Override
    public Node statusItem(Session session) {
        return writingFor(session).<Node>map(w -> new WritingProgressView(w.progress())).orElseGet(Region::new);
    }

    /** The writing services of the session's database, started (and the journal replayed) on first use. */
    private StudioWriting writing(Session session) {
        return writing.computeIfAbsent(session.database(), db -> {
            StudioWriting started = new StudioWriting(session, journal.get(), opener.settings(), executor,
                    Platform::runLater, clock);
            started.replayJournal(goodNews);
            return started;
        });
    }

    private java.util.Optional<StudioWriting> writingFor(Session session) {
        try {
            return java.util.Optional.of(writing(session));
        } catch (IllegalStateException e) {
            notices.accept(e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** Before a session's database closes: its saver saves what is pending (call it in the background). */
    public void closeWriting(Session session) {
        StudioWriting closing = session == null ? null : writing.remove(session.database());
        if (closing != null) {
            closing.close();
        }
    }

    /** Waits (bounded) until closing desks have handed their last edits over; call it before the executor closes. */
    public void awaitHandOvers() {
        writing.values().forEach(StudioWriting::awaitHandOvers);
    }

    /** Stops every saver, then the journal (call it in the background, before the sessions close). */
    @Override
    public void close() {
        writing.values().forEach(StudioWriting::close);
        writing.clear();
        journal.close();
        LOG.debug("Writing services closed");
    }

    @Override
    public Node people(Session session) {
        PeopleViewModel people = new PeopleViewModel(new PeopleRepository(session.database().dsl()),
                session.organization().orgId(), session.identity().personId(), passwordsFor(session), executor);
        people.load();
        return new PeopleView(people);
    }

    @Override
    public SidebarPage reviewQueue(Session session) {
        ReviewPages.Built built = reviewPages.build(session, () -> showReviewPage.run());
        reviewScreens.put(session.database(), built.open());
        return built.page();
    }

    private NewPersonPasswords passwordsFor(Session session) {
        boolean embedded = session.isEmbedded() && opener.embeddedServer().isPresent();
        return new NewPersonPasswords() {
            @Override
            public Issued issue(String login) {
                String password = LocalCredentials.newPassword();
                return new Issued(password, embedded ? "Switch to them from File › Switch person."
                        : "Their first password (shown once, share it privately): " + password);
            }

            @Override
            public void keep(String login, String password) throws java.io.IOException {
                if (embedded) {
                    opener.embeddedServer().get().credentials().put(login, password);
                }
            }
        };
    }
}
