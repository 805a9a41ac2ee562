package studio.quire.editor.journal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.db.PrivateFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:15:30.123456789Z");
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    private JournalDirs dirs;
    private Path dir;

    @BeforeEach
    void setUp() throws IOException {
        dirs = new JournalDirs();
        dir = dirs.newDir("journal");
    }

    @AfterEach
    void tearDown() throws IOException {
        dirs.close();
    }

    @Test
    void append_survivesReopen_withEveryFieldAndContinuingSequence() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            assertThat(journal.append(A, 3, "first", AT).sequence()).isEqualTo(1);
            journal.append(B, 7, "other", AT);
            journal.append(A, 3, "second", AT.plusSeconds(1));
        }
        try (Journal journal = Journal.open(dir)) {
            assertThat(journal.lastSequence()).isEqualTo(3);
            assertThat(journal.latestPerSection().values()).containsExactly(
                    new JournalEntry(B, 7, "other", 2, AT),
                    new JournalEntry(A, 3, "second", 3, AT.plusSeconds(1)));
            assertThat(journal.readAll()).extracting(JournalEntry::sequence).containsExactly(1L, 2L, 3L);
            assertThat(journal.append(C, 0, "next", AT).sequence()).isEqualTo(4);
        }
    }

    @Test
    void append_withOwnSequence_rejectsOneNotAfterTheLast() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.append(new JournalEntry(A, 1, "ten", 10, AT));
            assertThatThrownBy(() -> journal.append(new JournalEntry(A, 1, "again", 10, AT)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(journal.append(A, 1, "eleven", AT).sequence()).isEqualTo(11);
        }
    }

    @Test
    void append_unicodeAndOneMegabyte_roundTripExactly() throws IOException {
        String unicode = "Ünïcødé — “quotes” 中文 العربية עברית 🙂👩‍👩‍👧 e\u0301 \u0000 tab\tnewline\r\n";
        StringBuilder big = new StringBuilder(1 << 20);
        Random random = new Random(42);
        String alphabet = "abc xyz é中🙂\n";
        while (big.length() < (1 << 20)) {
            big.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                    random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        try (Journal journal = Journal.open(dir)) {
            journal.append(A, 1, unicode, AT);
            journal.append(B, 1, big.toString(), AT);
        }
        try (Journal journal = Journal.open(dir)) {
            assertThat(journal.latestPerSection().get(A).content()).isEqualTo(unicode);
            assertThat(journal.latestPerSection().get(B).content()).isEqualTo(big.toString());
        }
    }

    @Test
    void open_secondJournalOnTheSameFolder_isRefused() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            assertThatThrownBy(() -> Journal.open(dir)).isInstanceOf(IOException.class).hasMessageContaining("in use");
        }
        Journal.open(dir).close();
    }

    @Test
    void open_createsOwnerOnlyFolderAndFiles() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.append(A, 1, "private", AT);
        }
        assertThat(PrivateFiles.isOwnerOnly(dir)).isTrue();
        for (Path segment : JournalDirs.segmentFiles(dir)) {
            assertThat(PrivateFiles.isOwnerOnly(segment)).isTrue();
        }
    }

    @Test
    void pending_leavesOutCheckpointedSections_evenAfterReopen() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.append(A, 1, "a1", AT);
            journal.append(B, 1, "b1", AT);
            journal.append(A, 1, "a2", AT);
            journal.checkpoint(A, 1);
            journal.checkpoint(B, 2);
            assertThat(journal.pending()).extracting(JournalEntry::content).containsExactly("a2");
        }
        try (Journal journal = Journal.open(dir)) {
            assertThat(journal.pending()).extracting(JournalEntry::content).containsExactly("a2");
            journal.checkpoint(A, 3);
            assertThat(journal.pending()).isEmpty();
            assertThat(journal.latestPerSection()).containsOnlyKeys(A, B);
        }
    }

    @Test
    void checkpoint_ofASequenceNeverJournalled_isRejected() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.append(A, 1, "a", AT);
            assertThatThrownBy(() -> journal.checkpoint(A, 2)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void checkpoint_deletesSegmentsTheDatabaseHasWhole_andRemembersAcrossReopen() throws IOException {
        // A one-byte limit starts a new segment before every append.
        try (Journal journal = Journal.open(dir, 1)) {
            journal.append(A, 1, "a1", AT);   // segment 1
            journal.append(B, 1, "b2", AT);   // segment 2
            journal.checkpoint(A, 1);         // segment 1 is all in the database
            assertThat(JournalDirs.segmentFiles(dir)).extracting(p -> p.getFileName().toString())
                    .containsExactly("segment-00000000000000000002.qj");
            journal.append(A, 2, "a3", AT);   // segment 3
            journal.append(C, 1, "c4", AT);   // segment 4
            journal.checkpoint(A, 3);         // segment 3 goes; segment 2 keeps B
            assertThat(JournalDirs.segmentFiles(dir)).extracting(p -> p.getFileName().toString())
                    .containsExactly("segment-00000000000000000002.qj", "segment-00000000000000000004.qj");
        }
        try (Journal journal = Journal.open(dir, 1)) {
            assertThat(journal.pending()).extracting(JournalEntry::content).containsExactly("b2", "c4");
            assertThat(journal.lastSequence()).isEqualTo(4);
            journal.checkpoint(B, 2);
            journal.checkpoint(C, 4);
            assertThat(journal.pending()).isEmpty();
            assertThat(JournalDirs.segmentFiles(dir)).hasSize(1);
        }
        try (Journal journal = Journal.open(dir, 1)) {
            assertThat(journal.pending()).isEmpty();
            assertThat(journal.append(A, 3, "a5", AT).sequence()).isEqualTo(5);
        }
    }

    @Test
    void checkpoint_carriedIntoNewSegments_whenTheSegmentHoldingItIsDeleted() throws IOException {
        try (Journal journal = Journal.open(dir, 1)) {
            journal.append(A, 1, "a1", AT);   // segment 1
            journal.append(A, 1, "a2", AT);   // segment 2
            journal.checkpoint(A, 2);         // written in segment 2; segment 1 goes
            journal.append(B, 1, "b3", AT);   // segment 3 repeats A's checkpoint
            journal.checkpoint(B, 3);         // segment 2 (A's entry and checkpoint) goes
            journal.append(B, 1, "b4", AT);   // segment 4
        }
        try (Journal journal = Journal.open(dir, 1)) {
            assertThat(journal.pending()).extracting(JournalEntry::content).containsExactly("b4");
        }
    }

    @Test
    void append_rotatesPastTheSegmentSize_andReadsAcrossSegments() throws IOException {
        String text = "x".repeat(400);
        try (Journal journal = Journal.open(dir, 1000)) {
            for (int i = 0; i < 10; i++) {
                journal.append(i % 2 == 0 ? A : B, i, text + i, AT);
            }
        }
        assertThat(JournalDirs.segmentFiles(dir)).hasSizeGreaterThan(3);
        try (Journal journal = Journal.open(dir, 1000)) {
            assertThat(journal.readAll()).extracting(JournalEntry::sequence)
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
            assertThat(journal.pending()).extracting(JournalEntry::content).containsExactly(text + 8, text + 9);
        }
    }

    static List<String> contents(List<JournalEntry> entries) {
        return entries.stream().map(JournalEntry::content).toList();
    }
}
