package studio.quire.db;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A landed migration is never edited (every database that ran it would differ from a new one, and
 * Flyway would refuse to start on them): each file's SHA-256 must stay the one recorded in
 * landed-migrations.txt when it landed. A migration newer than every landed one is still being
 * written and may change; when it lands, its line is added to the list.
 */
class LandedMigrationsTest {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void landedMigrations_keepTheChecksumTheyLandedWith() throws Exception {
        Map<String, String> landed = landed();
        Map<String, String> present = present();

        List<String> problems = new ArrayList<>();
        landed.forEach((file, hash) -> {
            String now = present.get(file);
            if (now == null) {
                problems.add("migration " + version(file) + " (" + file + ") landed but is gone; "
                        + "a landed migration is never removed or renamed");
            } else if (!now.equals(hash)) {
                problems.add("migration " + version(file) + " was edited after it landed; add a new migration instead ("
                        + file + ": landed " + hash + ", now " + now + ")");
            }
        });
        int newestLanded = landed.keySet().stream().mapToInt(LandedMigrationsTest::version).max().orElse(0);
        present.keySet().stream().filter(file -> !landed.containsKey(file) && version(file) <= newestLanded)
                .forEach(file -> problems.add("migration " + version(file) + " (" + file + ") is older than landed "
                        + "migration V" + newestLanded + " but was never recorded; number a new migration after V"
                        + newestLanded));

        assertThat(problems).as("landed migrations").isEmpty();
    }

    /** The recorded files and hashes, in order. */
    private static Map<String, String> landed() throws IOException {
        Map<String, String> landed = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(LandedMigrationsTest.class.getResourceAsStream("landed-migrations.txt"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                landed.put(parts[0], parts[1]);
            }
        }
        return landed;
    }

    /** The migrations this build ships (db/migration on the class path) and their hashes now. */
    private static Map<String, String> present() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(LandedMigrationsTest.class.getResource("/db/migration")).toURI());
        Map<String, String> present = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> VERSION.matcher(f.getFileName().toString()).matches()).toList()) {
                present.put(file.getFileName().toString(), sha256(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return present;
    }

    /** SHA-256 of the text with LF line endings, so a checkout with CRLF does not count as an edit. */
    static String sha256(String text) {
        try {
            byte[] bytes = text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int version(String file) {
        Matcher m = VERSION.matcher(file);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a versioned migration: " + file);
        }
        return Integer.parseInt(m.group(1));
    }
}
