package studio.quire.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Quire per data directory: an OS file lock, released by the OS even after kill -9, so a
 * crash never leaves a lock that blocks the next start. The file holds the owner's PID for the
 * message shown to a second instance.
 */
public final class InstanceLock implements AutoCloseable {
    /**
     * Lock files this JVM holds. POSIX drops all of a process's locks on a file when it closes ANY
     * descriptor of that file, so a second attempt in this JVM must not even open (or read) it.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or returns empty when another process holds it. */
    public static Optional<InstanceLock> tryAcquire(Path home) throws IOException {
        Path file = lockFile(home);
        if (!HELD_HERE.add(file)) {
            return Optional.empty();
        }
        try {
            Optional<InstanceLock> acquired = lock(file);
            if (acquired.isEmpty()) {
                HELD_HERE.remove(file);
            }
            return acquired;
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(file);
            throw e;
        }
    }

    private static Optional<InstanceLock> lock(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
        return Optional.of(new InstanceLock(file, channel, lock));
    }

    /** The PID written by the holder, when readable. */
    public static Optional<Long> holder(Path home) {
        if (HELD_HERE.contains(lockFile(home))) {
            return Optional.of(ProcessHandle.current().pid());
        }
        try {
            return Optional.of(Long.parseLong(Files.readString(home.resolve("quire.lock")).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Path lockFile(Path home) {
        return home.toAbsolutePath().normalize().resolve("quire.lock");
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            HELD_HERE.remove(file);
        }
    }
}
