package studio.quire.db;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * Passwords of the embedded server's roles (superuser, owner, local people), kept in one file
 * that only the OS user can read. Nothing here is ever sent anywhere but the local server.
 */
public final class LocalCredentials {
    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "quire_owner";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** File locks are held per process: within one JVM, writers of the same file queue here. */
    private static final java.util.concurrent.ConcurrentMap<Path, java.util.concurrent.locks.ReentrantLock> WRITERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Path file;
    private final Properties values = new Properties();
    /** The file as last read: every write replaces the file, so its identity (inode) changes. */
    private Object readFile;

    private LocalCredentials(Path file) {
        this.file = file;
    }

    public static LocalCredentials load(Path file) throws IOException {
        LocalCredentials credentials = new LocalCredentials(file);
        credentials.reload();
        return credentials;
    }

    public synchronized Optional<String> password(String role) {
        refreshQuietly();
        return Optional.ofNullable(values.getProperty("role." + role));
    }

    /** The stored password of this role, or a new random one stored before it is returned. */
    public synchronized String passwordOrCreate(String role) throws IOException {
        String[] result = new String[1];
        change(v -> result[0] = (String) v.computeIfAbsent("role." + role, k -> newPassword()));
        return result[0];
    }

    /** The roles this file holds a password for, the superuser and owner left out. */
    public synchronized java.util.List<String> people() {
        refreshQuietly();
        return values.stringPropertyNames().stream()
                .filter(k -> k.startsWith("role."))
                .map(k -> k.substring("role.".length()))
                .filter(r -> !r.equals(SUPERUSER) && !r.equals(OWNER))
                .sorted()
                .toList();
    }

    public synchronized void remove(String role) throws IOException {
        change(v -> v.remove("role." + role));
    }

    public synchronized void put(String role, String password) throws IOException {
        change(v -> v.setProperty("role." + role, password));
    }

    public static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The studio and a command-line tool may both hold this file: every change takes a file lock,
     * re-reads the file and applies only itself, so neither erases what the other wrote.
     */
    private void change(java.util.function.Consumer<Properties> edit) throws IOException {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        java.util.concurrent.locks.ReentrantLock inProcess =
                WRITERS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new java.util.concurrent.locks.ReentrantLock());
        inProcess.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            reload();
            Properties before = (Properties) values.clone();
            edit.accept(values);
            if (!values.equals(before)) {
                StringWriter out = new StringWriter();
                values.store(out, "Quire: passwords of the embedded server's roles. Keep private.");
                PrivateFiles.write(file, out.toString());
                readFile = identity();
            }
        } finally {
            inProcess.unlock();
        }
    }

    private void reload() throws IOException {
        values.clear();
        if (Files.exists(file)) {
            if (!PrivateFiles.isOwnerOnly(file)) {
                throw new IOException("Refusing to use " + file + ": other users can read it. Run: chmod 600 " + file);
            }
            readFile = identity();
            values.load(new StringReader(Files.readString(file)));
        }
    }

    /** Inode and modification time: a timestamp alone can repeat for two writes in one clock tick. */
    private Object identity() throws IOException {
        var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        return java.util.List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime());
    }

    /** Picks up what another process wrote since the last read. */
    private void refreshQuietly() {
        try {
            if (Files.exists(file) && !java.util.Objects.equals(identity(), readFile)) {
                reload();
            }
        } catch (IOException e) {
            // keep what was read before; the next write re-reads under the lock anyway
        }
    }
}
