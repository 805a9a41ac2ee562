package studio.quire.editor.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads segment files. A scan keeps every sound record, skips damaged bytes (a torn tail after a
 * crash, or a damaged record in the middle, after which it finds the next record by its marker)
 * and logs each loss, so one bad write never hides the records around it.
 */
final class SegmentReader {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentReader.class);

    /** Receives the sound records of a scan in file order. */
    interface Visitor {
        void entry(UUID sectionId, long sequence, long offset);

        void checkpoint(UUID sectionId, long upToSequence);
    }

    /**
     * What a scan found.
     *
     * @param headerValid  false when the file does not start with a whole segment header
     * @param validEnd     the end of the last sound record: where appending may continue
     * @param damagedBytes bytes that were skipped because they held no sound record
     */
    record Scan(boolean headerValid, long validEnd, long damagedBytes) {
    }

    private SegmentReader() {
    }

    static Scan scan(Path file, Visitor visitor) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(file));
        boolean headerValid = RecordCodec.isSegmentHeader(data);
        if (!headerValid && data.limit() > 0) {
            // Torn while being created, or damaged: records carry their own markers, so look anyway.
            LOG.warn("Journal segment {} has no valid header ({} bytes)", file.getFileName(), data.limit());
        }
        int pos = headerValid ? RecordCodec.SEGMENT_HEADER_SIZE : 0;
        int validEnd = pos;
        long damaged = 0;
        while (pos < data.limit()) {
            int length = RecordCodec.validRecordAt(data, pos);
            if (length >= 0) {
                visit(data, pos, visitor);
                pos += RecordCodec.RECORD_HEADER_SIZE + length;
                validEnd = pos;
                continue;
            }
            int next = nextRecord(data, pos + 1);
            int end = next < 0 ? data.limit() : next;
            damaged += end - pos;
            if (next < 0) {
                LOG.warn("Journal segment {}: the last {} bytes (from offset {}) are a torn or damaged record "
                        + "and were dropped; the last change before the crash may be missing",
                        file.getFileName(), end - pos, pos);
            } else {
                LOG.warn("Journal segment {}: {} damaged bytes at offset {} were skipped; a record there is lost",
                        file.getFileName(), end - pos, pos);
            }
            pos = end;
        }
        return new Scan(headerValid, validEnd, damaged);
    }

    /** Offsets of the sound entry records of a segment, in file order. */
    static List<Long> entryOffsets(Path file) throws IOException {
        List<Long> offsets = new ArrayList<>();
        scan(file, new Visitor() {
            @Override
            public void entry(UUID sectionId, long sequence, long offset) {
                offsets.add(offset);
            }

            @Override
            public void checkpoint(UUID sectionId, long upToSequence) {
                // Only entries are wanted here.
            }
        });
        return offsets;
    }

    static List<JournalEntry> readEntries(List<JournalIndex.Location> locations) throws IOException {
        List<JournalEntry> entries = new ArrayList<>(locations.size());
        for (JournalIndex.Location location : locations) {
            entries.add(readEntry(location.segment().path, location.offset()));
        }
        return entries;
    }

    /** Reads back the entry whose record starts at {@code offset}, checking its checksum again. */
    static JournalEntry readEntry(Path file, long offset) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = readFully(channel, offset, RecordCodec.RECORD_HEADER_SIZE);
            int length = header.getInt(4);
            if (length < 0 || length > RecordCodec.MAX_PAYLOAD) {
                throw new IOException("Journal record at " + offset + " in " + file.getFileName() + " is damaged");
            }
            ByteBuffer record = ByteBuffer.allocate(RecordCodec.RECORD_HEADER_SIZE + length);
            record.put(header).put(readFully(channel, offset + RecordCodec.RECORD_HEADER_SIZE, length)).flip();
            if (RecordCodec.validRecordAt(record, 0) != length || RecordCodec.type(record, 0) != RecordCodec.TYPE_ENTRY) {
                throw new IOException("Journal record at " + offset + " in " + file.getFileName() + " is damaged");
            }
            return RecordCodec.decodeEntry(record, 0, length);
        }
    }

    private static void visit(ByteBuffer data, int pos, Visitor visitor) {
        UUID sectionId = RecordCodec.sectionId(data, pos);
        long sequence = RecordCodec.sequence(data, pos);
        if (RecordCodec.type(data, pos) == RecordCodec.TYPE_ENTRY) {
            visitor.entry(sectionId, sequence, pos);
        } else {
            visitor.checkpoint(sectionId, sequence);
        }
    }

    private static int nextRecord(ByteBuffer data, int from) {
        byte first = (byte) (RecordCodec.MARKER >>> 24);
        for (int i = from; i < data.limit() - RecordCodec.RECORD_HEADER_SIZE; i++) {
            if (data.get(i) == first && RecordCodec.validRecordAt(data, i) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("Journal record cut short at " + position);
            }
        }
        return buffer.flip();
    }
}
