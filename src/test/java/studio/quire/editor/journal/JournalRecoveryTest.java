package studio.quire.editor.journal;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Crashes leave torn or damaged bytes; recovery keeps every sound record and says what it lost. */
class JournalRecoveryTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:15:30Z");
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    private JournalDirs dirs;
    private ListAppender<ILoggingEvent> log;

    @BeforeEach
    void setUp() throws IOException {
        dirs = new JournalDirs();
        log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger(SegmentReader.class);
        logger.addAppender(log);
        // Hundreds of expected warnings: kept for the assertions, not printed.
        logger.setAdditive(false);
    }

    @AfterEach
    void tearDown() throws IOException {
        Logger logger = (Logger) LoggerFactory.getLogger(SegmentReader.class);
        logger.detachAppender(log);
        logger.setAdditive(true);
        dirs.close();
    }

    @Test
    void open_lastRecordTornAtEveryOffset_keepsTheEarlierAndDropsTheTorn() throws IOException {
        Path original = dirs.newDir("original");
        long lastStart;
        try (Journal journal = Journal.open(original)) {
            journal.append(A, 1, "first text", AT);
            journal.append(B, 2, "second — ✓", AT);
            lastStart = Files.size(onlySegment(original));
            journal.append(A, 1, "third, torn by a crash 🙂", AT);
        }
        byte[] whole = Files.readAllBytes(onlySegment(original));
        for (int cut = (int) lastStart; cut < whole.length; cut++) {
            Path dir = dirs.newDir("cut-" + cut);
            Files.createDirectories(dir);
            Files.write(dir.resolve(onlySegment(original).getFileName()), Arrays.copyOf(whole, cut));
            try (Journal journal = Journal.open(dir)) {
                assertThat(journal.lastSequence()).as("cut at %d", cut).isEqualTo(2);
                assertThat(JournalTest.contents(journal.readAll())).as("cut at %d", cut)
                        .containsExactly("first text", "second — ✓");
                journal.append(C, 1, "after the crash", AT);
            }
            try (Journal journal = Journal.open(dir)) {
                assertThat(JournalTest.contents(journal.readAll())).as("cut at %d", cut)
                        .containsExactly("first text", "second — ✓", "after the crash");
                assertThat(journal.readAll().get(2).sequence()).isEqualTo(3);
            }
        }
        assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("torn or damaged record"));
    }

    @ParameterizedTest(name = "byte {0} of the middle record")
    @ValueSource(ints = {0, 2, 5, 9, 13, 20, 40, 60, -1})
    void open_flippedByteInTheMiddleRecord_dropsOnlyThatRecord(int inRecord) throws IOException {
        Path dir = dirs.newDir("flipped");
        long middleStart;
        long middleEnd;
        try (Journal journal = Journal.open(dir)) {
            journal.append(A, 1, "before", AT);
            middleStart = Files.size(onlySegment(dir));
            journal.append(B, 1, "the middle record, about to be damaged", AT);
            middleEnd = Files.size(onlySegment(dir));
            journal.append(C, 1, "after", AT);
        }
        byte[] bytes = Files.readAllBytes(onlySegment(dir));
        int at = (int) (inRecord >= 0 ? middleStart + inRecord : middleEnd - 1);
        bytes[at] ^= 0x40;
        Files.write(onlySegment(dir), bytes);

        try (Journal journal = Journal.open(dir)) {
            assertThat(JournalTest.contents(journal.readAll())).containsExactly("before", "after");
            assertThat(journal.latestPerSection()).containsOnlyKeys(A, C);
            assertThat(journal.append(B, 1, "written again", AT).sequence()).isEqualTo(4);
        }
        try (Journal journal = Journal.open(dir)) {
            assertThat(JournalTest.contents(journal.readAll())).containsExactly("before", "after", "written again");
        }
        assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("damaged bytes at offset"));
    }

    @Test
    void open_newestSegmentTornWhileBeingCreated_startsItAgain() throws IOException {
        Path dir = dirs.newDir("torn-header");
        try (Journal journal = Journal.open(dir, 1)) {
            journal.append(A, 1, "kept", AT);
        }
        Files.write(Segment.pathFor(dir, 2), new byte[] {0x51, 0x55, 0x49});
        try (Journal journal = Journal.open(dir, 1)) {
            assertThat(JournalTest.contents(journal.readAll())).containsExactly("kept");
            assertThat(journal.append(B, 1, "new", AT).sequence()).isEqualTo(2);
        }
        try (Journal journal = Journal.open(dir, 1)) {
            assertThat(JournalTest.contents(journal.readAll())).containsExactly("kept", "new");
        }
    }

    private static Path onlySegment(Path dir) throws IOException {
        assertThat(JournalDirs.segmentFiles(dir)).hasSize(1);
        return JournalDirs.segmentFiles(dir).get(0);
    }
}
