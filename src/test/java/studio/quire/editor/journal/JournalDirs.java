package studio.quire.editor.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Scratch folders for journal tests under {@code target/}, removed after each test. */
final class JournalDirs implements AutoCloseable {
    private static final Path ROOT = Path.of("target", "journal-tests");
    private final Path base;

    JournalDirs() throws IOException {
        Files.createDirectories(ROOT);
        base = Files.createTempDirectory(ROOT, "t").toAbsolutePath();
    }

    Path newDir(String name) {
        return base.resolve(name);
    }

    static List<Path> segmentFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("segment-")).sorted().toList();
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> walk = Files.walk(base)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
