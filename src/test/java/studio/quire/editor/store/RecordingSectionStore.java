package studio.quire.editor.store;

import studio.quire.text.MarkdownFormat;
import studio.quire.text.WordCount;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A section store for editor tests: keeps texts in memory and records what the editor asked of it. */
public final class RecordingSectionStore implements SectionStore {
    private final Map<UUID, String> texts = new ConcurrentHashMap<>();
    private final Set<UUID> fromJournal = ConcurrentHashMap.newKeySet();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<SaveListener> listeners = new CopyOnWriteArrayList<>();

    public RecordingSectionStore put(UUID id, String markdown) {
        texts.put(id, markdown);
        return this;
    }

    public RecordingSectionStore putFromJournal(UUID id, String markdown) {
        fromJournal.add(id);
        return put(id, markdown);
    }

    /** The newest text handed to {@link #edited} or put. */
    public String text(UUID id) {
        return texts.get(id);
    }

    /** "open id", "edited id", "flush id", in order. */
    public List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public int listenerCount() {
        return listeners.size();
    }

    public void reportStatus(UUID id, SaveStatus status, String detail) {
        listeners.forEach(listener -> listener.statusChanged(id, status, detail));
    }

    /** Someone else saved {@code theirs}; the editor's {@code mine} was kept as a conflict revision. */
    public void reportConflict(UUID id, String mine, String theirs) {
        texts.put(id, theirs);
        SectionText server = new SectionText(id, theirs, 7, WordCount.of(MarkdownFormat.parse(theirs)).words(),
                OffsetDateTime.now());
        SectionConflict conflict = new SectionConflict(id, mine, server, UUID.randomUUID());
        listeners.forEach(listener -> listener.conflict(conflict));
    }

    @Override
    public OpenedSection open(UUID sectionId) {
        calls.add("open " + sectionId);
        String markdown = texts.getOrDefault(sectionId, "");
        return new OpenedSection(sectionId, markdown, 1, 0, fromJournal.contains(sectionId));
    }

    @Override
    public void edited(UUID sectionId, String markdown) {
        calls.add("edited " + sectionId);
        texts.put(sectionId, markdown);
    }

    @Override
    public SaveStatus flush(UUID sectionId) {
        calls.add("flush " + sectionId);
        return SaveStatus.SAVED;
    }

    @Override
    public void addListener(SaveListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(SaveListener listener) {
        listeners.remove(listener);
    }
}
