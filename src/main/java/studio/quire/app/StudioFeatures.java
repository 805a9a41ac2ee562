package studio.quire.app;

import javafx.scene.Node;
import studio.quire.admin.NewPersonPasswords;
import studio.quire.admin.PeopleRepository;
import studio.quire.admin.PeopleView;
import studio.quire.admin.PeopleViewModel;
import studio.quire.brand.kits.BrandKitsView;
import studio.quire.brand.kits.BrandKitsViewModel;
import studio.quire.brand.store.AssetRepository;
import studio.quire.brand.store.BrandKitRepository;
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
import org.kordamp.ikonli.feather.Feather;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.goals.GoalsRepository;
import studio.quire.goals.ProjectGoalsViewModel;
import studio.quire.goals.WritingProgressView;
import studio.quire.project.Project;
import studio.quire.project.ProjectRepository;
import studio.quire.project.ProjectsView;
import studio.quire.project.ProjectsViewModel;
import studio.quire.ui.Shortcut;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import studio.quire.session.Session;
import studio.quire.session.SessionOpener;
import studio.quire.app.pages.FeatureViews;
import studio.quire.app.pages.PageContent;
import studio.quire.app.pages.PageProblem;
import studio.quire.app.pages.SidebarPage;

/**
 * Wires each feature page to a session: repository, view model, view. Part of the composition
 * root; it also keeps, per signed-in database, the writing services (saver, goals) and the local
 * journal they share, and closes them before the session's database.
 */
public final class StudioFeatures implements FeatureViews, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StudioFeatures.class);
    /** The Review page's id: the inbox and the writing desk bring it forward. */
    public static final String REVIEW = "review";

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

    /**
     * The window's pages, in the sidebar's order (the first is the home page); how to add one:
     * docs/decisions/0025-one-page-one-object.md.
     */
    @Override
    public List<SidebarPage> pages() {
        return List.of(
                SidebarPage.whileSignedIn("projects", "_Projects", Feather.BOOK_OPEN, Shortcut.SHOW_PROJECTS, this::projects),
                SidebarPage.ofOpenProject("manuscript", "_Manuscript", Feather.FILE_TEXT, Shortcut.SHOW_MANUSCRIPT,
                        this::manuscript),
                SidebarPage.counted(REVIEW, "_Review queue", Feather.CHECK_SQUARE, Shortcut.SHOW_REVIEW, this::reviewQueue),
                SidebarPage.counted("inbox", "_Inbox", Feather.BELL, Shortcut.SHOW_INBOX, this::inbox),
                SidebarPage.onFirstShow("workflows", "_Workflows", Feather.GIT_PULL_REQUEST, Shortcut.SHOW_WORKFLOWS,
                        this::workflows),
                SidebarPage.onFirstShow("brand-kits", "_Brand kits", Feather.DROPLET, Shortcut.SHOW_BRAND_KITS, this::brandKits),
                SidebarPage.onFirstShow("people", "P_eople", Feather.USERS, Shortcut.SHOW_PEOPLE, this::people).forAdmins());
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

    /** The organization's review workflows: admins edit them, everyone else reads them. */
    public Node workflows(Session session) {
        WorkflowTemplatesViewModel workflows = new WorkflowTemplatesViewModel(
                new WorkflowTemplateRepository(session.database().dsl()), session.organization().orgId(),
                session.organization().isAdmin(), executor);
        workflows.load();
        return new WorkflowTemplatesView(workflows);
    }

    /** The organization's brand kits: consultants and admins change them, everyone else reads them. */
    public Node brandKits(Session session) {
        var dsl = session.database().dsl();
        BrandKitsViewModel kits = new BrandKitsViewModel(new BrandKitRepository(dsl), new AssetRepository(dsl),
                session.organization().orgId(), session.organization().role().keepsBrand(), executor);
        kits.load();
        return new BrandKitsView(kits);
    }

    /** The signed-in person's notifications, kept up to date while the session lasts, with the unread count. */
    public PageContent inbox(Session session) {
        InboxViewModel inbox = new InboxViewModel(new NotificationRepository(session.database().dsl(),
                session.organization().orgId()), executor, clock);
        inbox.setOnOpen(request -> openReview(session, request));
        inbox.refresh();
        InboxView page = new InboxView(inbox);
        PageLifetimes.closeWhenRemoved(page, session.database().listen(
                ReviewRepository.channel(session.organization().orgId()), Duration.ofMillis(100),
                () -> Platform.runLater(inbox::changed)));
        return new PageContent(page, inbox.badgeProperty());
    }

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

    /** The writing desk of a project; closing it ({@link AutoCloseable}) ends its writing session. */
    public Node manuscript(Session session, Project project) {
        try {
            return desks.build(session, project, writing(session), request -> openReview(session, request));
        } catch (IllegalStateException e) {
            return new PageProblem(e.getMessage());
        }
    }

    /** With every sentence, good news or not, told to {@code notices}. */
    public StudioFeatures(TaskExecutor executor, SessionOpener opener, Consumer<Project> openProject,
                          Consumer<String> notices) {
        this(executor, opener, openProject, notices, notices);
    }

    @Override
    public Optional<Node> statusItem(Session session) {
        return writingFor(session).map(w -> new WritingProgressView(w.progress()));
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

    private Optional<StudioWriting> writingFor(Session session) {
        try {
            return Optional.of(writing(session));
        } catch (IllegalStateException e) {
            notices.accept(e.getMessage());
            return Optional.empty();
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

    public Node people(Session session) {
        PeopleViewModel people = new PeopleViewModel(new PeopleRepository(session.database().dsl()),
                session.organization().orgId(), session.identity().personId(), passwordsFor(session), executor);
        people.load();
        return new PeopleView(people);
    }

    /** The approval queue of the signed-in person, kept up to date while the session lasts, with its count. */
    public PageContent reviewQueue(Session session) {
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
