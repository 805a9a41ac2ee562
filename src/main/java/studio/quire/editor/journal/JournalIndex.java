package studio.quire.editor.journal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the journal knows without reading texts: its segments, where the newest entry of each
 * section lies, each section's checkpoint and the last sequence. Not thread-safe; the journal guards it.
 */
final class JournalIndex {
    record Location(Segment segment, long offset, long sequence) {
    }

    private final TreeMap<Long, Segment> segments = new TreeMap<>();
    private final Map<UUID, Location> latest = new HashMap<>();
    private final Map<UUID, Long> checkpoints = new HashMap<>();
    private long lastSequence;

    void addSegment(Segment segment) {
        segments.put(segment.startSequence, segment);
        lastSequence = Math.max(lastSequence, segment.startSequence - 1);
    }

    List<Segment> segments() {
        return List.copyOf(segments.values());
    }

    void entry(Segment segment, UUID sectionId, long sequence, long offset) {
        segment.noteEntry(sectionId, sequence);
        Location previous = latest.get(sectionId);
        if (previous == null || previous.sequence() < sequence) {
            latest.put(sectionId, new Location(segment, offset, sequence));
        }
        lastSequence = Math.max(lastSequence, sequence);
    }

    /** Feeds a scan of {@code segment} into this index. */
    SegmentReader.Visitor visitorFor(Segment segment) {
        return new SegmentReader.Visitor() {
            @Override
            public void entry(UUID sectionId, long sequence, long offset) {
                JournalIndex.this.entry(segment, sectionId, sequence, offset);
            }

            @Override
            public void checkpoint(UUID sectionId, long upToSequence) {
                JournalIndex.this.checkpoint(sectionId, upToSequence);
            }
        };
    }

    void checkpoint(UUID sectionId, long upToSequence) {
        checkpoints.merge(sectionId, upToSequence, Math::max);
    }

    /** True when a checkpoint would change anything: the section is here and not yet that far. */
    boolean needsCheckpoint(UUID sectionId, long upToSequence) {
        return latest.containsKey(sectionId) && upToSequence > checkpoints.getOrDefault(sectionId, 0L);
    }

    long lastSequence() {
        return lastSequence;
    }

    List<Location> latestLocations() {
        return sorted(latest.values().stream());
    }

    List<Location> pendingLocations() {
        return sorted(latest.entrySet().stream()
                .filter(e -> e.getValue().sequence() > checkpoints.getOrDefault(e.getKey(), 0L))
                .map(Map.Entry::getValue));
    }

    /** Checkpoints of sections that still have entries here: all a new segment must repeat. */
    Map<UUID, Long> liveCheckpoints() {
        Map<UUID, Long> live = new HashMap<>(checkpoints);
        live.keySet().retainAll(latest.keySet());
        return live;
    }

    /**
     * Forgets every segment but {@code active} whose entries the database all has, together with
     * the sections that then have no entries left, and returns those segments for deletion.
     */
    List<Segment> removeCheckpointed(Segment active) {
        List<Segment> removed = new ArrayList<>();
        Iterator<Segment> it = segments.values().iterator();
        while (it.hasNext()) {
            Segment segment = it.next();
            if (segment != active && segment.fullyCheckpointed(checkpoints)) {
                it.remove();
                latest.values().removeIf(location -> location.segment() == segment);
                removed.add(segment);
            }
        }
        checkpoints.keySet().retainAll(latest.keySet());
        return removed;
    }

    private static List<Location> sorted(Stream<Location> locations) {
        return locations.sorted(Comparator.comparingLong(Location::sequence)).toList();
    }
}
