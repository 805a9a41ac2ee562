package studio.quire.editor.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** File-system steps of the journal: owner-only files, the folder lock, and making names durable. */
final class JournalFiles {
    private static final Logger LOG = LoggerFactory.getLogger(JournalFiles.class);
    private static final String LOCK_FILE = "journal.lock";

    private JournalFiles() {
    }

    /** Locks the folder for this process; a second journal on it, here or in another app, is refused. */
    static FileLock lock(Path dir) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // Same process, second journal: refused below like another process would be.
        }
        channel.close();
        throw new IOException("The journal in " + dir + " is in use by another Quire window or process");
    }

    /** Creates an empty segment (header only) and makes both its bytes and its name durable. */
    static FileChannel createSegment(Path file, byte[] firstRecords) throws IOException {
        FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")));
        try {
            writeFully(channel, RecordCodec.segmentHeader(), 0);
            writeFully(channel, ByteBuffer.wrap(firstRecords), RecordCodec.SEGMENT_HEADER_SIZE);
            channel.force(true);
            syncDirectory(file.getParent());
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    static FileChannel openForAppend(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
    }

    static void writeFully(FileChannel channel, ByteBuffer bytes, long position) throws IOException {
        long at = position;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
    }

    /**
     * Writes {@code records} at {@code end} (the end of the last sound record, cutting away any torn
     * tail after it), forces them to disk and returns the new end. On failure the file is left as it
     * was, or with a tail the next write cuts away.
     */
    static long appendForced(FileChannel channel, long end, byte[] records) throws IOException {
        try {
            if (channel.size() > end) {
                channel.truncate(end);
            }
            writeFully(channel, ByteBuffer.wrap(records), end);
            channel.force(false);
            return end + records.length;
        } catch (IOException e) {
            try {
                channel.truncate(end);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /** Makes created and deleted names in the folder survive a power cut (fsync of the directory). */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory; the file data itself is already forced.
            LOG.debug("Could not fsync journal folder {}: {}", dir, e.toString());
        }
    }
}
