package studio.quire.db;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The PostgreSQL server programs shipped inside the application (the zonky binaries jar),
 * unpacked once into a cache directory and reused by every later start.
 */
public final class PostgresBinaries {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    /** Bump with the binaries dependency so that a new server version unpacks beside the old. */
    public static final String VERSION = "18.6";

    private PostgresBinaries() {
    }

    /** Returns the {@code bin} directory, unpacking the archive first if this cache lacks it. */
    public static Path ensureUnpacked(Path cacheRoot) throws IOException {
        Path home = cacheRoot.resolve("postgresql-" + VERSION);
        Path done = home.resolve(".complete");
        if (Files.exists(done)) {
            return home.resolve("bin");
        }
        Files.createDirectories(cacheRoot);
        try (FileChannel channel = FileChannel.open(cacheRoot.resolve(".unpack.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (!Files.exists(done)) {
                long start = System.nanoTime();
                Path staging = Files.createTempDirectory(cacheRoot, "unpack-");
                unpack(staging);
                deleteTree(home);
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
                Files.createFile(done);
                LOG.info("Unpacked PostgreSQL {} into {} in {} ms", VERSION, home, (System.nanoTime() - start) / 1_000_000);
            }
        }
        return home.resolve("bin");
    }

    private static void unpack(Path target) throws IOException {
        InputStream archive = PostgresBinaries.class.getResourceAsStream(ARCHIVE);
        if (archive == null) {
            throw new IOException("The PostgreSQL binaries are missing from the application (" + ARCHIVE + ")");
        }
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(archive, 1 << 16)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Unsafe path in the PostgreSQL archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().contains("bin/")) {
                        path.toFile().setExecutable(true, true);
                    }
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
