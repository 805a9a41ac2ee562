package studio.quire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import studio.quire.admin.Membership;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.demo.DemoBook;
import studio.quire.demo.DemoManuscript;
import studio.quire.demo.DemoBookRepository;
import studio.quire.project.ProjectTitles;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "seed-demo", mixinStandardHelpOptions = true,
        description = {"Creates a demo book project with generated prose, as the signed-in person.",
            "The same --seed always gives the same text. All or nothing: an interrupted run leaves no project."})
final class SeedDemoCommand implements Callable<Integer> {
    /** About eight long novels: the whole book is generated in memory, then written in one transaction. */
    static final long MAX_WORDS = 5_000_000;
    static final int MAX_SECTIONS = 50_000;

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--words", required = true, paramLabel = "N", converter = Words.class,
            description = "Words in all sections together (1 to 5,000,000).")
    long words;

    @Option(names = "--sections", required = true, paramLabel = "M", converter = Sections.class,
            description = "Number of sections (1 to 50,000).")
    int sections;

    @Option(names = "--seed", required = true, paramLabel = "S", converter = Seed.class,
            description = "Seed of the text generator (any whole number).")
    long seed;

    @Option(names = "--title", paramLabel = "T", description = "The book's title (default: a generated one).")
    String title;

    @Option(names = "--org", paramLabel = "NAME", description = "The organization (default: the signed-in person's).")
    String organization;

    SeedDemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws DatabaseUnavailableException {
        if (words < sections) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--words must be at least --sections: every section needs a word.");
        }
        if (words / sections > DemoManuscript.MAX_WORDS_PER_SECTION) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "--words can be at most %,d per section: ask for more --sections.", DemoManuscript.MAX_WORDS_PER_SECTION));
        }
        if (title != null && ProjectTitles.problem(title).isPresent()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--title: " + ProjectTitles.problem(title).get());
        }
        long started = System.nanoTime();
        DemoBook book = DemoManuscript.generate(words, sections, seed, title);
        long generated = System.nanoTime();
        context.err().printf("Generated %,d words in %,d sections (%d ms).%n", book.wordCount(), book.sectionCount(),
                (generated - started) / 1_000_000);
        try (CliContext.SignedIn signedIn = context.signIn()) {
            Membership org = signedIn.organization(organization);
            long writing = System.nanoTime();
            DemoBookRepository.Written written = new DemoBookRepository(signedIn.session().database().dsl())
                    .createBook(org.orgId(), book, p -> context.err().printf("Written %,d of %,d sections (%,d words)%n",
                            p.sectionsWritten(), p.sections(), p.wordsWritten()));
            long done = System.nanoTime();
            context.out().printf("Created “%s” in %s: %d chapters, %,d sections, %,d words.%n", written.project().title(),
                    org.orgName(), written.chapters(), written.sections(), written.words());
            context.out().printf("Project id %s. Generated in %d ms, written in %d ms.%n", written.project().id(),
                    (generated - started) / 1_000_000, (done - writing) / 1_000_000);
        }
        return 0;
    }

    static final class Words implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return WholeNumbers.parse(value, 1, MAX_WORDS);
        }
    }

    static final class Sections implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) WholeNumbers.parse(value, 1, MAX_SECTIONS);
        }
    }

    static final class Seed implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return WholeNumbers.parse(value, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }
}
