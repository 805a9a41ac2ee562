package studio.quire.editor.journal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A real process appends and is killed mid-stream; every acknowledged entry must survive. */
@studio.quire.testsupport.Slow
class JournalKillTest {
    private static final int ACKS_BEFORE_KILL = 300;

    private JournalDirs dirs;
    private Process child;

    @BeforeEach
    void setUp() throws IOException {
        dirs = new JournalDirs();
    }

    @AfterEach
    void tearDown() throws IOException, InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        dirs.close();
    }

    @Test
    @Timeout(120)
    void append_processKilledMidStream_everyAcknowledgedEntryIsThereAfterReopen() throws Exception {
        Path dir = dirs.newDir("journal");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                JournalKillChild.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith(JournalKillChild.ACK)) {
                    acknowledged.add(Long.parseLong(line.substring(JournalKillChild.ACK.length())));
                }
            }
            // Killed while appending: the acknowledgements read so far are what must survive.
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

        try (Journal journal = Journal.open(dir, 256 * 1024)) {
            Map<Long, JournalEntry> bySequence = journal.readAll().stream()
                    .collect(Collectors.toMap(JournalEntry::sequence, Function.identity()));
            for (long sequence : acknowledged) {
                assertThat(bySequence).containsKey(sequence);
                assertThat(bySequence.get(sequence).content()).isEqualTo(JournalKillChild.textFor(sequence));
            }
            long last = acknowledged.get(acknowledged.size() - 1);
            assertThat(journal.lastSequence()).isGreaterThanOrEqualTo(last);
            assertThat(journal.append(JournalKillChild.SECTIONS[0], 0, "after", java.time.Instant.now()).sequence())
                    .isGreaterThan(last);
        }
    }
}
