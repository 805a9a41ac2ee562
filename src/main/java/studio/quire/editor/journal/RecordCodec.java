package studio.quire.editor.journal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.zip.CRC32C;

/**
 * The bytes of the journal. A segment starts with {@link #SEGMENT_HEADER_SIZE} header bytes; each
 * record is {@code marker(4) length(4) crc32c(4) payload(length)}, the checksum covering the length
 * and the payload. The marker starts with 0xFF 0xFE, bytes that never occur in UTF-8 text, so after
 * damage the reader can find the next record again without trusting any length.
 * <p>
 * Payload: {@code type(1) sequence(8) sectionMsb(8) sectionLsb(8)}, then for an entry
 * {@code baseVersion(8) epochSecond(8) nanos(4) utf8Content(rest)}; a checkpoint carries its
 * up-to sequence in the sequence field.
 */
final class RecordCodec {
    static final long SEGMENT_MAGIC = 0x5155495245_4A4E4CL; // "QUIREJNL"
    static final int FORMAT_VERSION = 1;
    static final int SEGMENT_HEADER_SIZE = 12;
    static final int MARKER = 0xFFFE514A;
    static final int RECORD_HEADER_SIZE = 12;
    static final byte TYPE_ENTRY = 1;
    static final byte TYPE_CHECKPOINT = 2;
    static final int CHECKPOINT_PAYLOAD = 1 + 8 + 16;
    static final int ENTRY_FIXED_PAYLOAD = CHECKPOINT_PAYLOAD + 8 + 8 + 4;
    static final int MAX_PAYLOAD = 256 * 1024 * 1024;

    private RecordCodec() {
    }

    static ByteBuffer segmentHeader() {
        return ByteBuffer.allocate(SEGMENT_HEADER_SIZE).putLong(SEGMENT_MAGIC).putInt(FORMAT_VERSION).flip();
    }

    static boolean isSegmentHeader(ByteBuffer data) {
        return data.remaining() >= SEGMENT_HEADER_SIZE && data.getLong(0) == SEGMENT_MAGIC
                && data.getInt(8) == FORMAT_VERSION;
    }

    static byte[] encodeEntry(JournalEntry entry) {
        byte[] text = entry.content().getBytes(StandardCharsets.UTF_8);
        if (text.length > MAX_PAYLOAD - ENTRY_FIXED_PAYLOAD) {
            throw new IllegalArgumentException("Section text too large for the journal: " + text.length + " bytes");
        }
        ByteBuffer payload = ByteBuffer.allocate(ENTRY_FIXED_PAYLOAD + text.length);
        putKey(payload, TYPE_ENTRY, entry.sequence(), entry.sectionId());
        payload.putLong(entry.baseVersion()).putLong(entry.at().getEpochSecond()).putInt(entry.at().getNano());
        payload.put(text);
        return frame(payload.array());
    }

    static byte[] encodeCheckpoint(UUID sectionId, long upToSequence) {
        ByteBuffer payload = ByteBuffer.allocate(CHECKPOINT_PAYLOAD);
        putKey(payload, TYPE_CHECKPOINT, upToSequence, sectionId);
        return frame(payload.array());
    }

    /**
     * The payload length of a sound record at {@code offset}, or -1 when the bytes there are not one
     * (torn, damaged or no record at all).
     */
    static int validRecordAt(ByteBuffer data, int offset) {
        int remaining = data.limit() - offset;
        if (remaining < RECORD_HEADER_SIZE || data.getInt(offset) != MARKER) {
            return -1;
        }
        int length = data.getInt(offset + 4);
        if (length < CHECKPOINT_PAYLOAD || length > MAX_PAYLOAD || length > remaining - RECORD_HEADER_SIZE) {
            return -1;
        }
        byte type = data.get(offset + RECORD_HEADER_SIZE);
        boolean shapeFits = type == TYPE_CHECKPOINT ? length == CHECKPOINT_PAYLOAD
                : type == TYPE_ENTRY && length >= ENTRY_FIXED_PAYLOAD;
        if (!shapeFits) {
            return -1;
        }
        CRC32C crc = new CRC32C();
        crc.update(data.duplicate().position(offset + 4).limit(offset + 8));
        crc.update(data.duplicate().position(offset + RECORD_HEADER_SIZE).limit(offset + RECORD_HEADER_SIZE + length));
        return (int) crc.getValue() == data.getInt(offset + 8) ? length : -1;
    }

    static byte type(ByteBuffer data, int offset) {
        return data.get(offset + RECORD_HEADER_SIZE);
    }

    static long sequence(ByteBuffer data, int offset) {
        return data.getLong(offset + RECORD_HEADER_SIZE + 1);
    }

    static UUID sectionId(ByteBuffer data, int offset) {
        int at = offset + RECORD_HEADER_SIZE + 9;
        return new UUID(data.getLong(at), data.getLong(at + 8));
    }

    /** Decodes the entry of a record already checked with {@link #validRecordAt}. */
    static JournalEntry decodeEntry(ByteBuffer data, int offset, int length) {
        int at = offset + RECORD_HEADER_SIZE + CHECKPOINT_PAYLOAD;
        long baseVersion = data.getLong(at);
        Instant instant = Instant.ofEpochSecond(data.getLong(at + 8), data.getInt(at + 16));
        int textStart = at + 20;
        int textLength = offset + RECORD_HEADER_SIZE + length - textStart;
        byte[] text = new byte[textLength];
        data.get(textStart, text);
        return new JournalEntry(sectionId(data, offset), baseVersion, new String(text, StandardCharsets.UTF_8),
                sequence(data, offset), instant);
    }

    private static void putKey(ByteBuffer payload, byte type, long sequence, UUID sectionId) {
        payload.put(type).putLong(sequence).putLong(sectionId.getMostSignificantBits())
                .putLong(sectionId.getLeastSignificantBits());
    }

    private static byte[] frame(byte[] payload) {
        ByteBuffer record = ByteBuffer.allocate(RECORD_HEADER_SIZE + payload.length);
        record.putInt(MARKER).putInt(payload.length);
        CRC32C crc = new CRC32C();
        crc.update(record.array(), 4, 4);
        crc.update(payload);
        record.putInt((int) crc.getValue()).put(payload);
        return record.array();
    }
}
