package studio.quire.bench;

import studio.quire.session.DataDirectory;
import studio.quire.session.Session;
import studio.quire.session.SessionOpener;
import studio.quire.session.SettingsStore;
import studio.quire.db.ChannelListener;
import studio.quire.db.Database;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.db.EmbeddedServer;
import studio.quire.db.LocalCredentials;
import studio.quire.review.queue.QueueCursor;
import studio.quire.review.queue.QueueItem;
import studio.quire.review.ReviewDecision;
import studio.quire.review.queue.QueueRepository;
import studio.quire.review.ReviewRepository;
import studio.quire.review.ReviewState;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The {@code review} suite on 100,000 pending review requests over 20 organizations
 * ({@link ReviewSeed}), as an editor who belongs to all of them: the first queue page, page 500
 * (keyset, against the first page), a decision's transaction, and how long a decision made by
 * another editor takes to show in this editor's queue (a second pool, real LISTEN/NOTIFY).
 */
public final class ReviewSuite {
    public static final String NAME = "review";
    static final int PAGE = 50;
    static final int FAR_PAGE = 500;

    private final BenchSettings settings;
    private final Consumer<String> progress;

    public ReviewSuite(BenchSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public List<BenchResult> run() throws IOException, DatabaseUnavailableException, InterruptedException {
        Path home = CoreSuite.scratchHome(settings, "home-review");
        DataDirectory directory = new DataDirectory(home);
        List<BenchResult> results = new ArrayList<>();
        try (SessionOpener opener = new SessionOpener(directory, new SettingsStore(directory.settingsFile()), Map.of());
             Session ignored = opener.open(step -> progress.accept("database: " + step))) {
            EmbeddedServer server = opener.embeddedServer().orElseThrow();
            String ownerPassword = server.credentials().password(LocalCredentials.OWNER).orElseThrow();
            try (Database owner = Database.open(server.target(LocalCredentials.OWNER, ownerPassword), 2)) {
                progress.accept("review: seeding " + ReviewSeed.ORGS * ReviewSeed.PER_ORG + " pending requests over "
                        + ReviewSeed.ORGS + " organizations (once per scratch home)");
                UUID org = ReviewSeed.ensure(owner.dsl());
                try (Database editor = Database.open(server.target(ReviewSeed.EDITOR, ReviewSeed.PASSWORD), 4);
                     Database other = Database.open(server.target(ReviewSeed.OTHER_EDITOR, ReviewSeed.PASSWORD), 4)) {
                    QueueRepository queue = new QueueRepository(editor.dsl());
                    BenchResult first = firstPage(queue);
                    results.add(first);
                    results.add(farPage(queue).against(first));
                    List<UUID> pending = ReviewSeed.pending(owner.dsl(), org, settings.rounds() * 2 + 20);
                    ReviewRepository decider = new ReviewRepository(other.dsl());
                    results.add(decisions(decider, pending.subList(0, settings.rounds() + 5)));
                    results.add(notifyLatency(editor, queue, decider, org,
                            pending.subList(settings.rounds() + 5, pending.size())));
                }
            }
        }
        return results;
    }

    private BenchResult firstPage(QueueRepository queue) {
        int rounds = settings.rounds();
        double[] samples = new double[rounds];
        for (int i = -settings.warmupRounds(); i < rounds; i++) {
            long started = System.nanoTime();
            List<QueueItem> page = queue.page(QueueCursor.START, PAGE);
            double ms = (System.nanoTime() - started) / 1e6;
            if (page.size() != PAGE) {
                throw new IllegalStateException("the first queue page holds " + page.size() + " items");
            }
            if (i >= 0) {
                samples[i] = ms;
            }
        }
        return BenchResult.of(NAME, "queue_first_page_ms", "ms", samples);
    }

    /** Walks to page {@value #FAR_PAGE} once, then times reading it again from its cursor. */
    private BenchResult farPage(QueueRepository queue) {
        progress.accept("review: walking to queue page " + FAR_PAGE);
        QueueCursor cursor = QueueCursor.START;
        for (int page = 1; page < FAR_PAGE; page++) {
            List<QueueItem> items = queue.page(cursor, PAGE);
            if (items.isEmpty()) {
                throw new IllegalStateException("the queue ended at page " + page);
            }
            cursor = items.get(items.size() - 1).cursor();
        }
        int rounds = settings.rounds();
        double[] samples = new double[rounds];
        for (int i = -settings.warmupRounds(); i < rounds; i++) {
            long started = System.nanoTime();
            List<QueueItem> page = queue.page(cursor, PAGE);
            double ms = (System.nanoTime() - started) / 1e6;
            if (page.size() != PAGE) {
                throw new IllegalStateException("queue page " + FAR_PAGE + " holds " + page.size() + " items");
            }
            if (i >= 0) {
                samples[i] = ms;
            }
        }
        return BenchResult.of(NAME, "queue_page_500_ms", "ms", samples);
    }

    private BenchResult decisions(ReviewRepository decider, List<UUID> requests) {
        int warmup = 5;
        double[] samples = new double[requests.size() - warmup];
        for (int i = 0; i < requests.size(); i++) {
            long started = System.nanoTime();
            ReviewState state = decider.decide(requests.get(i), 1, ReviewDecision.APPROVE, "");
            double ms = (System.nanoTime() - started) / 1e6;
            if (state != ReviewState.IN_REVIEW) {
                throw new IllegalStateException("an approved first step left the request " + state);
            }
            if (i >= warmup) {
                samples[i - warmup] = ms;
            }
        }
        return BenchResult.of(NAME, "decision_tx_ms", "ms", samples);
    }

    /**
     * From one editor's decision to the other editor's queue model holding the change: the
     * listener hears the NOTIFY, reloads the first page, and hands it over.
     */
    private BenchResult notifyLatency(Database editor, QueueRepository queue, ReviewRepository decider, UUID org,
                                      List<UUID> requests) throws InterruptedException {
        SynchronousQueue<Long> reloaded = new SynchronousQueue<>();
        int rounds = Math.min(requests.size(), Math.max(10, settings.rounds()));
        double[] samples = new double[rounds];
        try (ChannelListener listener = editor.listen(ReviewRepository.channel(org), Duration.ofMillis(1), () -> {
            queue.page(QueueCursor.START, PAGE);
            reloaded.offer(System.nanoTime());
        })) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!listener.isListening() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            for (int i = 0; i < rounds; i++) {
                long started = System.nanoTime();
                decider.decide(requests.get(i), 1, ReviewDecision.APPROVE, "");
                Long at = reloaded.poll(5, TimeUnit.SECONDS);
                if (at == null) {
                    throw new IllegalStateException("the other editor's queue never heard of the decision");
                }
                samples[i] = (at - started) / 1e6;
            }
        }
        return BenchResult.of(NAME, "notify_latency_ms", "ms", samples);
    }
}
