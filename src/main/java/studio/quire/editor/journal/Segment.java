package studio.quire.editor.journal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One append-only segment file, named after the first sequence it may hold, and the newest entry
 * sequence of each section inside it (what decides whether the segment may be deleted).
 */
final class Segment {
    private static final Pattern NAME = Pattern.compile("segment-(\\d{20})\\.qj");

    final Path path;
    final long startSequence;
    final Map<UUID, Long> newestBySection = new HashMap<>();

    Segment(Path path, long startSequence) {
        this.path = path;
        this.startSequence = startSequence;
    }

    static Path pathFor(Path dir, long startSequence) {
        return dir.resolve(String.format("segment-%020d.qj", startSequence));
    }

    static OptionalLong startSequenceOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    void noteEntry(UUID sectionId, long sequence) {
        newestBySection.merge(sectionId, sequence, Math::max);
    }

    /** True when the database has every entry of this segment, by the given checkpoints. */
    boolean fullyCheckpointed(Map<UUID, Long> checkpoints) {
        return newestBySection.entrySet().stream()
                .allMatch(e -> checkpoints.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }

    @Override
    public String toString() {
        return path.getFileName().toString();
    }
}
