package studio.quire.db;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
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

    private final Path file;
    private final Properties values = new Properties();

    private LocalCredentials(Path file) {
        this.file = file;
    }

    public static LocalCredentials load(Path file) throws IOException {
        LocalCredentials credentials = new LocalCredentials(file);
        if (Files.exists(file)) {
            if (!PrivateFiles.isOwnerOnly(file)) {
                throw new IOException("Refusing to use " + file + ": other users can read it. Run: chmod 600 " + file);
            }
            credentials.values.load(new StringReader(Files.readString(file)));
        }
        return credentials;
    }

    public synchronized Optional<String> password(String role) {
        return Optional.ofNullable(values.getProperty("role." + role));
    }

    /** The stored password of this role, or a new random one stored before it is returned. */
    public synchronized String passwordOrCreate(String role) throws IOException {
        Optional<String> existing = password(role);
        if (existing.isPresent()) {
            return existing.get();
        }
        String created = newPassword();
        values.setProperty("role." + role, created);
        save();
        return created;
    }

    /** The roles this file holds a password for, the superuser and owner left out. */
    public synchronized java.util.List<String> people() {
        return values.stringPropertyNames().stream()
                .filter(k -> k.startsWith("role."))
                .map(k -> k.substring("role.".length()))
                .filter(r -> !r.equals(SUPERUSER) && !r.equals(OWNER))
                .sorted()
                .toList();
    }

    public synchronized void remove(String role) throws IOException {
        if (values.remove("role." + role) != null) {
            save();
        }
    }

    public synchronized void put(String role, String password) throws IOException {
        values.setProperty("role." + role, password);
        save();
    }

    public static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void save() throws IOException {
        StringWriter out = new StringWriter();
        values.store(out, "Quire: passwords of the embedded server's roles. Keep private.");
        PrivateFiles.write(file, out.toString());
    }
}
