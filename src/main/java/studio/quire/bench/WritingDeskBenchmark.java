package studio.quire.bench;

import studio.quire.session.Session;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.editor.journal.JournalAppendBenchmark;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.TreeNode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The studio as a writer sees it, measured in a child JVM by the {@link WritingProbe}: the binder
 * of the seeded project shown, a 20,000-word section opened into the editor, FX pauses while
 * typing goes on with saving, and the resident memory with all of that open.
 */
final class WritingDeskBenchmark {
    static final String SECTION_A = "Twenty thousand words (A)";
    static final String SECTION_B = "Twenty thousand words (B)";
    private static final int SECTION_WORDS = 20_000;

    private final BenchSettings settings;
    private final Consumer<String> progress;

    WritingDeskBenchmark(BenchSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Adds two 20,000-word sections to the seeded project (as the session's person). */
    static void seedLongSections(Session session, UUID project) {
        ManuscriptTreeRepository tree = new ManuscriptTreeRepository(session.database().dsl());
        TreeNode chapter = tree.loadTree(project).stream().filter(n -> n.kind() == NodeKind.CHAPTER).findFirst()
                .orElseThrow(() -> new IllegalStateException("the seeded project has no chapter"));
        SectionTextRepository texts = new SectionTextRepository(session.database().dsl());
        int seed = 21;
        for (String title : List.of(SECTION_A, SECTION_B)) {
            UUID section = tree.create(project, chapter.id(), NodeKind.SECTION, title, 0).id();
            texts.save(section, texts.load(section).version(), JournalAppendBenchmark.words(SECTION_WORDS, seed++));
        }
    }

    /**
     * Runs the studio on {@code home} (its server stopped) twice with the probe on {@code project}:
     * once opening the project and the long sections again and again (timings), once as a writer
     * would, opening them once and typing (pauses and memory, not inflated by the repeated opens).
     */
    List<BenchResult> run(Path home, UUID project) throws IOException, InterruptedException {
        int opens = Math.max(2, settings.rounds() / 4);
        // The full run types for the 60 s the target names; quick runs and the suite's test type less.
        int typeSeconds = settings.rounds() >= 60 ? 60 : settings.rounds() >= 20 ? 20 : 3;
        Map<String, List<Double>> samples = new HashMap<>();
        progress.accept("writing desk: the seeded project and its long sections opened " + opens + " times");
        probe(home, "writing-probe-opens", project, SECTION_A + "|" + SECTION_B, opens, 0,
                Set.of("tree_view_shown_ms", "section_open_20k_ms"), samples);
        progress.accept("writing desk: " + typeSeconds + " s of typing into a 20,000-word section");
        probe(home, "writing-probe-typing", project, SECTION_A, 1, typeSeconds,
                Set.of("fx_pauses_over_50ms", "fx_pause_max_ms", "rss_mb"), samples);
        List<BenchResult> results = new ArrayList<>();
        for (String name : List.of("tree_view_shown_ms", "section_open_20k_ms", "fx_pauses_over_50ms", "fx_pause_max_ms",
                "rss_mb")) {
            List<Double> values = samples.get(name);
            if (values == null) {
                progress.accept("writing desk: no " + name + " reported (see the writing-probe-*.err files in " + home + ")");
                continue;
            }
            String unit = name.endsWith("_ms") ? "ms" : name.equals("rss_mb") ? "MB" : "count";
            results.add(BenchResult.of(ManuscriptSuite.NAME, name, unit, values.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return results;
    }

    /** Runs one child studio with the probe, keeping the {@code wanted} measurements it reports. */
    private void probe(Path home, String name, UUID project, String sections, int opens, int typeSeconds,
                       Set<String> wanted, Map<String, List<Double>> samples) throws IOException, InterruptedException {
        try (ChildStudio child = ChildStudio.start(settings.studioMain(), home, name, Map.of(
                WritingProbe.PROPERTY, project.toString(),
                "quire.probe.sections", sections,
                "quire.probe.opens", String.valueOf(opens),
                "quire.probe.typeSeconds", String.valueOf(typeSeconds)))) {
            Duration timeout = settings.probeTimeout().plusSeconds(typeSeconds + 120L);
            for (ChildStudio.Line line = child.next(timeout); !line.isEnd(); line = child.next(timeout)) {
                String[] parts = line.text().split(" ");
                if (parts[0].equals("QUIRE_PROBE") && wanted.contains(parts[1])) {
                    samples.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(Double.parseDouble(parts[2]));
                } else if (line.text().startsWith("QUIRE_PAUSE") || line.text().startsWith("QUIRE_PROBE_FAILED")) {
                    progress.accept("writing desk: " + line.text() + " (see " + home.resolve(name + ".err") + ")");
                } else if (line.text().equals("QUIRE_PROBE_DONE")) {
                    break;
                }
            }
            child.waitFor(Duration.ofSeconds(60));
        }
    }
}
