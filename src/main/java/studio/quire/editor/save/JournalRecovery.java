package studio.quire.editor.save;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.DatabaseProblems;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.editor.store.SaveResult;
import studio.quire.editor.store.SectionConflict;
import studio.quire.editor.store.SectionText;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.editor.journal.Journal;
import studio.quire.editor.journal.JournalEntry;
import studio.quire.text.TextHygiene;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Brings journal entries the database lacks into it (ADR 0007, 0010): on start for every section,
 * and when a section is opened. An entry based on an older version than the database's is saved
 * at once with that old base, so the repository keeps it as a conflict revision (or recognises it
 * as already saved): nothing in the journal is thrown away unseen.
 */
final class JournalRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(JournalRecovery.class);

    enum Outcome { SAVED, CONFLICT, LEFT }

    private final SectionTextRepository repository;
    private final Journal journal;
    private final SaveListeners listeners;
    /** Sections whose entries stay in the journal because this database does not show them: logged once. */
    private final Set<UUID> invisible = ConcurrentHashMap.newKeySet();

    /** Held by opening and replaying, so that both never save the same journal entry at once. */
    private final ReentrantLock gate = new ReentrantLock();

    JournalRecovery(SectionTextRepository repository, Journal journal, SaveListeners listeners) {
        this.repository = repository;
        this.journal = journal;
        this.listeners = listeners;
    }

    /** Replays the newest pending entry of every section not {@code inUse}; blocking. */
    ReplaySummary replay(Predicate<UUID> inUse) {
        List<JournalEntry> pending;
        try {
            pending = journal.pending();
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not read the journal to replay it", e);
            return ReplaySummary.NOTHING;
        }
        int saved = 0;
        int conflicts = 0;
        int left = 0;
        for (JournalEntry entry : pending) {
            if (inUse.test(entry.sectionId())) {
                continue;
            }
            Optional<SectionText> stored = load(entry.sectionId());
            Outcome outcome = stored.isEmpty() ? Outcome.LEFT
                    : sameText(entry, stored.get()) ? alreadyThere(entry) : save(entry);
            switch (outcome) {
                case SAVED -> saved++;
                case CONFLICT -> conflicts++;
                case LEFT -> left++;
            }
        }
        if (saved + conflicts + left > 0) {
            LOG.info("Journal replayed: {} saved, {} conflicts, {} left in the journal", saved, conflicts, left);
        }
        return new ReplaySummary(saved, conflicts, left);
    }

    /** The section's newest entry the database may lack, if the journal holds one. */
    Optional<JournalEntry> pendingFor(UUID sectionId) {
        try {
            return journal.pending().stream().filter(e -> e.sectionId().equals(sectionId)).reduce((a, b) -> b);
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not read the journal for section {}", sectionId, e);
            return Optional.empty();
        }
    }

    /** Saves an entry with its own base version; a conflict is told to the listeners. */
    Outcome save(JournalEntry entry) {
        SaveResult result;
        try {
            result = repository.save(entry.sectionId(), entry.baseVersion(), entry.content());
        } catch (RuntimeException e) {
            LOG.warn("A journalled text of section {} could not be saved; it stays in the journal: {}",
                    entry.sectionId(), DatabaseProblems.firstLine(e));
            return Outcome.LEFT;
        }
        checkpoint(entry.sectionId(), entry.sequence());
        if (result instanceof SaveResult.Conflict conflict) {
            listeners.conflict(new SectionConflict(entry.sectionId(), entry.content(), conflict.serverText(),
                    conflict.conflictRevisionId()));
            return Outcome.CONFLICT;
        }
        return Outcome.SAVED;
    }

    /** The journal text is what the database holds: the save landed before its checkpoint did. */
    Outcome alreadyThere(JournalEntry entry) {
        checkpoint(entry.sectionId(), entry.sequence());
        return Outcome.SAVED;
    }

    static boolean sameText(JournalEntry entry, SectionText stored) {
        return TextHygiene.clean(entry.content()).equals(stored.body());
    }

    void checkpoint(UUID sectionId, long sequence) {
        try {
            journal.checkpoint(sectionId, sequence);
        } catch (IOException | RuntimeException e) {
            // The entry stays pending; the next replay finds the database has it and checkpoints then.
            LOG.warn("Could not checkpoint section {} in the journal up to {}: {}", sectionId, sequence, e.toString());
        }
    }

    private Optional<SectionText> load(UUID sectionId) {
        try {
            return Optional.of(repository.load(sectionId));
        } catch (RefusedByDatabaseException e) {
            if (invisible.add(sectionId)) {
                LOG.info("Section {} in the journal is not visible in this database; its text stays in the journal",
                        sectionId);
            }
        } catch (RuntimeException e) {
            LOG.warn("Section {} in the journal could not be loaded; its text stays in the journal: {}", sectionId,
                    DatabaseProblems.firstLine(e));
        }
        return Optional.empty();
    }

    /** Runs {@code work} while no other opening or replay of this saver runs. */
    <T> T exclusively(Supplier<T> work) {
        gate.lock();
        try {
            return work.get();
        } finally {
            gate.unlock();
        }
    }
}
