package studio.quire.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The embedded server's settings. The zonky test defaults (fsync off, trust authentication) are
 * wrong for manuscripts: here every commit is durable and every connection needs a password.
 */
final class ServerConfiguration {
    private ServerConfiguration() {
    }

    /** Once, after initdb: hook our file into postgresql.conf and lock down authentication. */
    static void install(Path data) throws IOException {
        Files.writeString(data.resolve("postgresql.conf"), "\ninclude_if_exists = 'quire.conf'\n",
                StandardOpenOption.APPEND);
        Files.writeString(data.resolve("pg_hba.conf"), """
                # Quire's embedded server: loopback only, passwords always (no trust, no socket).
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
    }

    /** Before every start: settings may improve with new versions of Quire. */
    static void write(Path data, int port) throws IOException {
        Files.writeString(data.resolve("quire.conf"), """
                # Written by Quire at every start; edits here are overwritten.
                port = %d
                listen_addresses = '127.0.0.1'
                unix_socket_directories = ''
                password_encryption = 'scram-sha-256'
                fsync = on
                synchronous_commit = on
                full_page_writes = on
                max_connections = 60
                shared_buffers = '128MB'
                log_min_messages = warning
                """.formatted(port));
    }
}
