package studio.quire.bench;

import studio.quire.brand.compliance.ComplianceCheck;
import studio.quire.brand.compliance.ComplianceReport;
import studio.quire.brand.compliance.SampleVariants;
import studio.quire.brand.store.TemplateCursor;
import studio.quire.brand.store.TemplateRepository;
import studio.quire.brand.store.TemplateSummary;
import studio.quire.db.Database;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.db.EmbeddedServer;
import studio.quire.db.LocalCredentials;
import studio.quire.session.DataDirectory;
import studio.quire.session.Session;
import studio.quire.session.SessionOpener;
import studio.quire.session.SettingsStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The {@code brand} suite, the consultant's loop as issue 12 measures it: previewing one request at
 * all seven platform sizes and exporting the 1080×1920 story as a PNG (both in a headless child JVM,
 * {@link BrandRenderProbe}), the compliance check of one variant, and the first page of the
 * template list at {@value BrandSeed#TEMPLATES} templates ({@link BrandSeed}).
 */
public final class BrandSuite {
    public static final String NAME = "brand";
    static final int PAGE = 50;

    private final BenchSettings settings;
    private final Consumer<String> progress;

    public BrandSuite(BenchSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public List<BenchResult> run() throws IOException, DatabaseUnavailableException, InterruptedException {
        List<BenchResult> results = new ArrayList<>();
        progress.accept("brand: previews at seven platform sizes and a 1080×1920 PNG export (child JVM)");
        results.addAll(render());
        progress.accept("brand: the compliance check of one variant");
        results.add(BenchResult.of(NAME, "compliance_one_variant_ms", "ms", compliance()));
        progress.accept("brand: the template list at " + BrandSeed.TEMPLATES + " templates");
        results.add(BenchResult.of(NAME, "template_list_10k_ms", "ms", templateList()));
        return results;
    }

    private List<BenchResult> render() throws IOException, InterruptedException {
        int warmup = Math.min(5, settings.warmupRounds());
        int rounds = Math.max(5, settings.rounds());
        Path home = Files.createDirectories(settings.scratch().resolve("brand-render"));
        List<Double> previews = new ArrayList<>();
        List<Double> exports = new ArrayList<>();
        try (ChildStudio child = ChildStudio.start(BrandRenderProbe.class.getName(), home, "brand",
                Map.of(BrandRenderProbe.ROUNDS, String.valueOf(warmup + rounds)))) {
            for (ChildStudio.Line line = child.next(Duration.ofMinutes(2)); !line.text().equals(BrandRenderProbe.DONE);
                 line = child.next(Duration.ofMinutes(2))) {
                if (line.isEnd()) {
                    throw new IllegalStateException("The brand probe stopped early; see " + home.resolve("brand.err"));
                }
                if (line.text().startsWith(BrandRenderProbe.PREVIEW)) {
                    previews.add(Double.parseDouble(line.text().substring(BrandRenderProbe.PREVIEW.length())));
                } else if (line.text().startsWith(BrandRenderProbe.EXPORT)) {
                    exports.add(Double.parseDouble(line.text().substring(BrandRenderProbe.EXPORT.length())));
                }
            }
        }
        return List.of(BenchResult.of(NAME, "preview_7_sizes_ms", "ms", afterWarmup(previews, warmup)),
                BenchResult.of(NAME, "png_export_1080x1920_ms", "ms", afterWarmup(exports, warmup)));
    }

    private static double[] afterWarmup(List<Double> samples, int warmup) {
        return samples.stream().skip(warmup).mapToDouble(Double::doubleValue).toArray();
    }

    private double[] compliance() {
        SampleVariants.Sample sample = SampleVariants.typical();
        int rounds = Math.max(50, settings.rounds() * 10);
        double[] samples = new double[rounds];
        for (int i = -Math.max(200, settings.warmupRounds() * 50); i < rounds; i++) {
            long started = System.nanoTime();
            ComplianceReport report = ComplianceCheck.check(sample.variant(), sample.kit());
            double ms = (System.nanoTime() - started) / 1e6;
            if (report.checksRun() == 0) {
                throw new IllegalStateException("the compliance check ran no check");
            }
            if (i >= 0) {
                samples[i] = ms;
            }
        }
        return samples;
    }

    private double[] templateList() throws IOException, DatabaseUnavailableException {
        Path home = CoreSuite.scratchHome(settings, "home-brand");
        DataDirectory directory = new DataDirectory(home);
        try (SessionOpener opener = new SessionOpener(directory, new SettingsStore(directory.settingsFile()), Map.of());
             Session ignored = opener.open(step -> progress.accept("database: " + step))) {
            EmbeddedServer server = opener.embeddedServer().orElseThrow();
            String ownerPassword = server.credentials().password(LocalCredentials.OWNER).orElseThrow();
            UUID org;
            try (Database owner = Database.open(server.target(LocalCredentials.OWNER, ownerPassword), 2)) {
                org = BrandSeed.ensure(owner.dsl());
            }
            try (Database consultant = Database.open(server.target(BrandSeed.CONSULTANT, BrandSeed.PASSWORD), 2)) {
                TemplateRepository templates = new TemplateRepository(consultant.dsl());
                int rounds = settings.rounds();
                double[] samples = new double[rounds];
                for (int i = -settings.warmupRounds(); i < rounds; i++) {
                    long started = System.nanoTime();
                    List<TemplateSummary> page = templates.page(TemplateCursor.first(org), PAGE);
                    double ms = (System.nanoTime() - started) / 1e6;
                    if (page.size() != PAGE) {
                        throw new IllegalStateException("the template list gave " + page.size() + " of " + PAGE);
                    }
                    if (i >= 0) {
                        samples[i] = ms;
                    }
                }
                return samples;
            }
        }
    }
}
