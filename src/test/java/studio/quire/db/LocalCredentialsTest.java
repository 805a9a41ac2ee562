package studio.quire.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded roles' passwords: private, and shared safely by the studio and the CLI. */
class LocalCredentialsTest {
    @TempDir
    Path home;

    @Test
    void put_fromTwoHolders_keepsBothPasswords() throws Exception {
        Path file = home.resolve("credentials.properties");
        LocalCredentials studio = LocalCredentials.load(file);
        LocalCredentials cli = LocalCredentials.load(file);

        studio.put("demo_writer", "one");
        cli.put("ada", "two");
        studio.put("demo_editor", "three");

        assertThat(LocalCredentials.load(file).people()).containsExactly("ada", "demo_editor", "demo_writer");
        assertThat(studio.password("ada")).contains("two");
        assertThat(cli.people()).contains("demo_editor");
    }

    @Test
    void passwordOrCreate_isStable_andTheFileIsOwnerOnly() throws Exception {
        Path file = home.resolve("credentials.properties");
        LocalCredentials credentials = LocalCredentials.load(file);
        String first = credentials.passwordOrCreate(LocalCredentials.OWNER);
        assertThat(LocalCredentials.load(file).passwordOrCreate(LocalCredentials.OWNER)).isEqualTo(first);
        assertThat(PrivateFiles.isOwnerOnly(file)).isTrue();
        assertThat(credentials.people()).as("owner and superuser are not people").isEmpty();
    }

    @Test
    void load_refusesAFileOthersCanRead() throws Exception {
        Path file = home.resolve("credentials.properties");
        LocalCredentials.load(file).put("ada", "pw");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> LocalCredentials.load(file)).hasMessageContaining("chmod 600");
    }
}
