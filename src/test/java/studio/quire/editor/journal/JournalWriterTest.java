package studio.quire.editor.journal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalWriterTest {
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final long TIMEOUT_S = 10;

    private JournalDirs dirs;
    private Journal journal;

    @BeforeEach
    void setUp() throws IOException {
        dirs = new JournalDirs();
        journal = Journal.open(dirs.newDir("journal"));
    }

    @AfterEach
    void tearDown() throws IOException {
        journal.close();
        dirs.close();
    }

    @Test
    void offer_reachesTheDiskAndIsReportedDurable_offTheCallersThread() throws Exception {
        BlockingQueue<JournalEntry> durable = new LinkedBlockingQueue<>();
        BlockingQueue<String> threads = new LinkedBlockingQueue<>();
        try (JournalWriter writer = new JournalWriter(journal, Duration.ofSeconds(1), CLOCK, new DurabilityListener() {
            @Override
            public void durable(JournalEntry entry) {
                threads.add(Thread.currentThread().getName());
                durable.add(entry);
            }

            @Override
            public void failed(UUID sectionId, IOException error) {
            }
        })) {
            writer.offer(A, 4, "Call me Ishmael.");
            JournalEntry entry = durable.poll(TIMEOUT_S, TimeUnit.SECONDS);
            assertThat(entry).isEqualTo(new JournalEntry(A, 4, "Call me Ishmael.", 1, CLOCK.instant()));
            assertThat(threads.poll()).isNotEqualTo(Thread.currentThread().getName());
            assertThat(journal.latestPerSection().get(A)).isEqualTo(entry);
        }
    }

    @Test
    void offer_burstWhileWriterIsBusy_writesOnlyTheNewestTextPerSection() throws Exception {
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BlockingQueue<JournalEntry> durable = new LinkedBlockingQueue<>();
        DurabilityListener listener = new DurabilityListener() {
            @Override
            public void durable(JournalEntry entry) {
                durable.add(entry);
                if (entry.sequence() == 1) {
                    firstWritten.countDown();
                    await(release);
                }
            }

            @Override
            public void failed(UUID sectionId, IOException error) {
            }
        };
        try (JournalWriter writer = new JournalWriter(journal, Duration.ofMillis(200), CLOCK, listener)) {
            writer.offer(A, 1, "A0");
            assertThat(firstWritten.await(TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
            // The writer is held inside the listener: everything below piles up.
            for (int i = 1; i <= 100; i++) {
                writer.offer(A, 1, "A" + i);
                writer.offer(B, 2, "B" + i);
            }
            release.countDown();
        }
        assertThat(JournalTest.contents(journal.readAll())).containsExactlyInAnyOrder("A0", "A100", "B100");
        assertThat(durable).extracting(JournalEntry::content).containsExactlyInAnyOrder("A0", "A100", "B100");
    }

    @Test
    void close_writesWhatIsStillWaiting_andRefusesMoreOffers() throws Exception {
        JournalWriter writer = new JournalWriter(journal, Duration.ofSeconds(1), CLOCK, ignoring());
        for (int i = 0; i < 50; i++) {
            writer.offer(A, 1, "draft " + i);
        }
        writer.close();
        assertThat(journal.latestPerSection().get(A).content()).isEqualTo("draft 49");
        assertThatThrownBy(() -> writer.offer(A, 1, "late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void offer_whenTheJournalCannotWrite_reportsTheFailure() throws Exception {
        BlockingQueue<UUID> failures = new LinkedBlockingQueue<>();
        journal.close();
        try (JournalWriter writer = new JournalWriter(journal, Duration.ofMillis(100), CLOCK, new DurabilityListener() {
            @Override
            public void durable(JournalEntry entry) {
            }

            @Override
            public void failed(UUID sectionId, IOException error) {
                failures.add(sectionId);
            }
        })) {
            writer.offer(A, 1, "nowhere to go");
            assertThat(failures.poll(TIMEOUT_S, TimeUnit.SECONDS)).isEqualTo(A);
        }
    }

    @Test
    void offer_manySections_eachNewestTextEndsUpInTheJournal() throws Exception {
        List<UUID> sections = java.util.stream.IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID()).toList();
        try (JournalWriter writer = new JournalWriter(journal, Duration.ofMillis(50), CLOCK, ignoring())) {
            for (int round = 0; round < 30; round++) {
                for (UUID section : sections) {
                    writer.offer(section, round, section + " round " + round);
                }
            }
        }
        assertThat(journal.latestPerSection()).hasSize(20);
        journal.latestPerSection().forEach((section, entry) ->
                assertThat(entry.content()).isEqualTo(section + " round 29"));
    }

    private static DurabilityListener ignoring() {
        return new DurabilityListener() {
            @Override
            public void durable(JournalEntry entry) {
            }

            @Override
            public void failed(UUID sectionId, IOException error) {
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(TIMEOUT_S, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
