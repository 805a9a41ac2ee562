package studio.quire.bench;

import studio.quire.session.DataDirectory;
import studio.quire.session.Session;
import studio.quire.session.SessionOpener;
import studio.quire.session.SettingsStore;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.editor.store.SaveResult;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.editor.journal.JournalAppendBenchmark;
import studio.quire.demo.DemoManuscript;
import studio.quire.demo.DemoBookRepository;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.TreeNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The {@code manuscript} suite, on a seeded 500,000-word / 2,000-section project: loading the
 * tree (query and model), saving a 20,000-word section (database round trip with its version
 * check), and appending that section to the local journal with fsync.
 */
public final class ManuscriptSuite {
    public static final String NAME = "manuscript";
    private static final int SECTION_WORDS = 20_000;

    private final BenchSettings settings;
    private final Consumer<String> progress;

    public ManuscriptSuite(BenchSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public List<BenchResult> run() throws IOException, DatabaseUnavailableException, InterruptedException {
        Path home = CoreSuite.scratchHome(settings, "home-manuscript");
        List<BenchResult> results = new ArrayList<>();
        DataDirectory directory = new DataDirectory(home);
        UUID project;
        try (SessionOpener opener = new SessionOpener(directory, new SettingsStore(directory.settingsFile()), Map.of());
             Session session = opener.open(step -> progress.accept("database: " + step))) {
            progress.accept("tree_load: seeding 500,000 words in 2,000 sections");
            project = new DemoBookRepository(session.database().dsl()).createBook(session.organization().orgId(),
                    DemoManuscript.generate(500_000, 2_000, 42, null), p -> { }).project().id();
            WritingDeskBenchmark.seedLongSections(session, project);
            results.add(treeLoad(session, project));
            results.add(sectionSave(session));
        }
        results.add(journalAppend(home));
        results.addAll(new WritingDeskBenchmark(settings, progress).run(home, project));
        return results;
    }

    private BenchResult treeLoad(Session session, UUID project) {
        ManuscriptTreeRepository tree = new ManuscriptTreeRepository(session.database().dsl());
        int rounds = settings.rounds();
        double[] samples = new double[rounds];
        for (int i = -settings.warmupRounds() / 4; i < rounds; i++) {
            long started = System.nanoTime();
            int nodes = tree.loadTree(project).size();
            if (i >= 0) {
                samples[i] = (System.nanoTime() - started) / 1e6;
            }
            if (nodes == 0) {
                throw new IllegalStateException("the seeded tree is empty");
            }
        }
        return BenchResult.of(NAME, "tree_load_ms", "ms", samples);
    }

    private BenchResult sectionSave(Session session) {
        ManuscriptTreeRepository tree = new ManuscriptTreeRepository(session.database().dsl());
        UUID project = new studio.quire.project.ProjectRepository(session.database().dsl()).create(
                session.organization().orgId(), studio.quire.project.ProjectKind.BOOK, "Save benchmark", "", null, null).id();
        TreeNode book = tree.create(project, null, NodeKind.BOOK, "Book");
        TreeNode chapter = tree.create(project, book.id(), NodeKind.CHAPTER, "Chapter");
        UUID section = tree.create(project, chapter.id(), NodeKind.SECTION, "Twenty thousand words").id();
        SectionTextRepository texts = new SectionTextRepository(session.database().dsl());
        String text = JournalAppendBenchmark.words(SECTION_WORDS, 11);
        int rounds = settings.rounds();
        double[] samples = new double[rounds];
        long version = texts.load(section).version();
        progress.accept("section_save_20k: " + rounds + " saves of a " + SECTION_WORDS + "-word section");
        for (int i = -settings.warmupRounds() / 2; i < rounds; i++) {
            // One word changes per save, as typing makes it.
            String body = text.substring(0, text.length() - 8) + " word" + Math.floorMod(i, 100) + ".\n";
            long started = System.nanoTime();
            SaveResult result = texts.save(section, version, body);
            double ms = (System.nanoTime() - started) / 1e6;
            if (!(result instanceof SaveResult.Saved saved)) {
                throw new IllegalStateException("the benchmark section was changed by someone else");
            }
            version = saved.newVersion();
            if (i >= 0) {
                samples[i] = ms;
            }
        }
        return BenchResult.of(NAME, "section_save_20k_ms", "ms", samples);
    }

    private BenchResult journalAppend(Path home) throws IOException {
        Path dir = home.resolve("journal-bench");
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        progress.accept("journal_append_fsync: appends of a " + SECTION_WORDS + "-word section");
        double[] samples = JournalAppendBenchmark.measure(dir, Math.max(50, settings.rounds() * 2),
                JournalAppendBenchmark.words(SECTION_WORDS, 7));
        return BenchResult.of(NAME, "journal_append_fsync_ms", "ms", samples);
    }
}
