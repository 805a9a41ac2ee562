package studio.quire.editor.journal;

import studio.quire.db.PrivateFiles;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The local journal that keeps every edit durable on this computer before the database has it.
 * <p>
 * Records go to append-only segment files, each with a length and a CRC32C checksum, and an append
 * returns only after {@link FileChannel#force} — so an acknowledged entry survives a crash, a
 * {@code kill -9} or a power cut. On {@link #open} a torn or damaged tail is detected, logged and
 * cut away before the next write. When the database has a section up to some sequence,
 * {@link #checkpoint} records that (durably, in the journal itself), and segments whose every entry
 * is checkpointed are deleted. Thread-safe; one journal per folder (a file lock refuses a second).
 */
public final class Journal implements Closeable {
    /** Size past which the next append starts a new segment. */
    public static final long DEFAULT_SEGMENT_BYTES = 8L * 1024 * 1024;

    private final Path dir;
    private final long segmentBytes;
    private final FileLock lock;
    private final JournalIndex index = new JournalIndex();
    private Segment active;
    private FileChannel activeChannel;
    private long activeEnd;
    private boolean closed;

    private Journal(Path dir, long segmentBytes, FileLock lock) {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        this.lock = lock;
    }

    public static Journal open(Path dir) throws IOException {
        return open(dir, DEFAULT_SEGMENT_BYTES);
    }

    /** Opens (or creates) the journal in {@code dir}, recovering what earlier runs left there. */
    public static Journal open(Path dir, long segmentBytes) throws IOException {
        PrivateFiles.directory(dir);
        Journal journal = new Journal(dir, segmentBytes, JournalFiles.lock(dir));
        try {
            journal.recover();
            return journal;
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /** Appends a section's text under the next sequence number; durable when this returns. */
    public JournalEntry append(UUID sectionId, long baseVersion, String content, Instant at) throws IOException {
        return appendAll(List.of(new JournalEntry(sectionId, baseVersion, content, 0, at))).get(0);
    }

    /** Appends an entry that carries its own sequence, which must be above {@link #lastSequence()}. */
    public synchronized void append(JournalEntry entry) throws IOException {
        if (entry.sequence() <= index.lastSequence()) {
            throw new IllegalArgumentException("Sequence " + entry.sequence() + " is not after " + index.lastSequence());
        }
        write(List.of(entry));
    }

    /** Appends several texts with one fsync, numbering them in order; the given sequences are ignored. */
    synchronized List<JournalEntry> appendAll(List<JournalEntry> drafts) throws IOException {
        List<JournalEntry> entries = new ArrayList<>(drafts.size());
        for (JournalEntry draft : drafts) {
            entries.add(draft.withSequence(index.lastSequence() + 1 + entries.size()));
        }
        write(entries);
        return entries;
    }

    /**
     * Records that the database holds {@code sectionId} as of {@code upToSequence}; durable when this
     * returns. Segments left with nothing the database lacks are deleted.
     */
    public synchronized void checkpoint(UUID sectionId, long upToSequence) throws IOException {
        requireOpen();
        if (upToSequence > index.lastSequence()) {
            throw new IllegalArgumentException("Sequence " + upToSequence + " was never journalled");
        }
        if (!index.needsCheckpoint(sectionId, upToSequence)) {
            return;
        }
        writeAtEnd(RecordCodec.encodeCheckpoint(sectionId, upToSequence));
        index.checkpoint(sectionId, upToSequence);
        deleteCheckpointedSegments();
    }

    /** The newest entry of each section still in the journal, in sequence order, read back from disk. */
    public synchronized Map<UUID, JournalEntry> latestPerSection() throws IOException {
        requireOpen();
        Map<UUID, JournalEntry> result = new LinkedHashMap<>();
        for (JournalEntry entry : SegmentReader.readEntries(index.latestLocations())) {
            result.put(entry.sectionId(), entry);
        }
        return result;
    }

    /**
     * The newest entry of each section the database may not have yet (newer than its checkpoint), in
     * sequence order: what to replay on start, each with the usual optimistic check against
     * {@link JournalEntry#baseVersion()}. A database version above it means either a conflict to keep
     * or this very text saved just before a crash: comparing the texts tells which.
     */
    public synchronized List<JournalEntry> pending() throws IOException {
        requireOpen();
        return SegmentReader.readEntries(index.pendingLocations());
    }

    /** Every sound entry still on disk, in sequence order: for diagnostics and tests. */
    synchronized List<JournalEntry> readAll() throws IOException {
        requireOpen();
        List<JournalEntry> entries = new ArrayList<>();
        for (Segment segment : index.segments()) {
            for (long offset : SegmentReader.entryOffsets(segment.path)) {
                entries.add(SegmentReader.readEntry(segment.path, offset));
            }
        }
        return entries;
    }

    public synchronized long lastSequence() {
        return index.lastSequence();
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (activeChannel != null) {
                activeChannel.close();
            }
        } finally {
            lock.release();
            lock.channel().close();
        }
    }

    private void recover() throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            listing.forEach(file -> Segment.startSequenceOf(file)
                    .ifPresent(start -> index.addSegment(new Segment(file, start))));
        }
        SegmentReader.Scan last = null;
        for (Segment segment : index.segments()) {
            last = SegmentReader.scan(segment.path, index.visitorFor(segment));
        }
        if (last == null || !last.headerValid()) {
            // No journal yet, or a crash while the newest segment was being created.
            startSegment();
        } else {
            List<Segment> all = index.segments();
            active = all.get(all.size() - 1);
            activeChannel = JournalFiles.openForAppend(active.path);
            activeEnd = last.validEnd();
        }
        deleteCheckpointedSegments();
    }

    private void write(List<JournalEntry> entries) throws IOException {
        requireOpen();
        if (activeEnd >= segmentBytes && index.lastSequence() >= active.startSequence) {
            startSegment();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>(entries.size());
        for (JournalEntry entry : entries) {
            offsets.add(activeEnd + bytes.size());
            bytes.writeBytes(RecordCodec.encodeEntry(entry));
        }
        writeAtEnd(bytes.toByteArray());
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry entry = entries.get(i);
            index.entry(active, entry.sectionId(), entry.sequence(), offsets.get(i));
        }
    }

    private void writeAtEnd(byte[] records) throws IOException {
        activeEnd = JournalFiles.appendForced(activeChannel, activeEnd, records);
    }

    /**
     * Starts a new segment named after the next sequence. It opens with the checkpoints of every
     * section still journalled, so deleting older segments never forgets one.
     */
    private void startSegment() throws IOException {
        ByteArrayOutputStream snapshot = new ByteArrayOutputStream();
        index.liveCheckpoints().forEach((section, upTo) ->
                snapshot.writeBytes(RecordCodec.encodeCheckpoint(section, upTo)));
        long start = index.lastSequence() + 1;
        Segment segment = new Segment(Segment.pathFor(dir, start), start);
        FileChannel channel = JournalFiles.createSegment(segment.path, snapshot.toByteArray());
        if (activeChannel != null) {
            activeChannel.close();
        }
        index.addSegment(segment);
        active = segment;
        activeChannel = channel;
        activeEnd = channel.size();
    }

    private void deleteCheckpointedSegments() throws IOException {
        List<Segment> removed = index.removeCheckpointed(active);
        for (Segment segment : removed) {
            JournalFiles.delete(segment.path);
        }
        if (!removed.isEmpty()) {
            JournalFiles.syncDirectory(dir);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The journal is closed");
        }
    }
}
