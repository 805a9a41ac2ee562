package studio.quire.editor.journal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * The process {@link JournalKillTest} kills: appends entries to the journal in {@code args[0]}
 * forever, printing {@code ACK <sequence>} only after each append has returned (is durable).
 */
public final class JournalKillChild {
    static final String ACK = "ACK ";
    static final UUID[] SECTIONS = {
        UUID.fromString("00000000-0000-0000-0000-000000000001"),
        UUID.fromString("00000000-0000-0000-0000-000000000002"),
        UUID.fromString("00000000-0000-0000-0000-000000000003")};

    private JournalKillChild() {
    }

    /** The text the child writes under a sequence, so the parent can check it byte for byte. */
    static String textFor(long sequence) {
        return ("Entry " + sequence + " — ünïcødé 🙂 ").repeat(200 + (int) (sequence % 400));
    }

    public static void main(String[] args) throws Exception {
        try (Journal journal = Journal.open(Path.of(args[0]), 256 * 1024)) {
            while (true) {
                long next = journal.lastSequence() + 1;
                UUID section = SECTIONS[(int) (next % SECTIONS.length)];
                JournalEntry entry = journal.append(section, next, textFor(next), Instant.now());
                System.out.println(ACK + entry.sequence());
                System.out.flush();
            }
        }
    }
}
