package studio.quire.editor.save;

import studio.quire.editor.store.SaveStatus;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;

/**
 * Where one section's text stands between the editor, the journal and the database. Edits are
 * numbered; {@link #settled} is the newest edit the database has dealt with (saved, or kept as a
 * conflict revision), {@link #durableEdit} the newest whose text is on disk in the journal. Not
 * thread-safe: the {@link SectionSaver} guards every field with its own lock.
 */
final class SectionState {
    /** How many texts may be offered to the journal and not yet reported durable before the oldest are forgotten. */
    private static final int MAX_OFFERS = 256;

    final UUID id;
    /** The database version new edits are based on. */
    long base;
    /** The newest text the editor handed over (or the loaded one). */
    String newest;
    long lastEdit;
    long settled;
    long durableEdit;
    long durableSequence = -1;
    long checkpointedSequence = -1;
    /** When the oldest edit not in the database was made, or -1 when there is none. */
    long firstUnsavedAt = -1;
    long lastEditAt;

    boolean saving;
    long attempts;
    long finishedAttempts;
    /** The newest edit that a finished save attempt carried (whether it succeeded or not). */
    long finishedAttemptEdit;
    boolean slow;
    boolean flushRequested;
    ScheduledFuture<?> timer;
    boolean retryScheduled;
    int failures;
    int transientFailures;
    /** Why the last save did not land, when it should be retried; null otherwise. */
    String retryDetail;
    /** The database's refusal of the newest text; null when not refused. */
    String refusal;
    boolean conflicted;
    /**
     * After a conflict, until the editor opens the section again: texts that still arrive were
     * typed on the losing text, so they are saved against {@link #losingBase} and become conflict
     * revisions instead of overwriting the text that won.
     */
    boolean awaitingReopen;
    long losingBase;
    /** Why the journal could not write the newest text; null when it could. */
    String journalProblem;

    SaveStatus reportedStatus;
    String reportedDetail;

    private final Deque<Offer> offers = new ArrayDeque<>();

    SectionState(UUID id, long base, String text) {
        this.id = id;
        this.base = base;
        this.newest = text;
    }

    /** A new text from the editor; false when it is the text already held. */
    boolean edit(String text, long now) {
        if (text.equals(newest)) {
            return false;
        }
        newest = text;
        lastEdit++;
        lastEditAt = now;
        if (firstUnsavedAt < 0) {
            firstUnsavedAt = now;
        }
        return true;
    }

    /** The database's text as just loaded; ignored while unsaved text is held. */
    void refresh(long version, String body, boolean conflict) {
        if (!hasUnsaved()) {
            base = version;
            newest = body;
            conflicted = conflict;
            refusal = null;
            retryDetail = null;
        }
    }

    /** A journalled text the database lacks, taken up as if just typed; it is already on disk. */
    void resume(long version, String text, long sequence, long now) {
        base = version;
        newest = text;
        lastEdit++;
        lastEditAt = now;
        firstUnsavedAt = now;
        durableSequence = sequence;
        durableEdit = lastEdit;
        conflicted = false;
    }

    /** A save lost to someone else's text: until the section is opened again, texts keep the losing base. */
    void lost() {
        if (!awaitingReopen) {
            awaitingReopen = true;
            losingBase = base;
        }
    }

    /**
     * The version a save (and a journal entry) of the newest text is based on: the losing one while
     * awaiting the reopen, so such text can only become a conflict revision, also after a crash.
     */
    long saveBase() {
        return awaitingReopen ? losingBase : base;
    }

    /** The database dealt with {@code edit}: saved it at {@code version}, or kept it as a conflict revision. */
    void settle(long edit, long version, boolean conflict, long now) {
        base = version;
        settled = Math.max(settled, edit);
        conflicted = conflict;
        retryDetail = null;
        refusal = null;
        failures = 0;
        transientFailures = 0;
        endAttempt(edit);
        firstUnsavedAt = hasUnsaved() ? now : -1;
    }

    /** A save carrying {@code edit} failed; returns the number of the retry to wait for, 0 for none. */
    int fail(long edit, SaveFailure failure, String message) {
        endAttempt(edit);
        SaveFailure kind = failure == SaveFailure.TRANSIENT && ++transientFailures > 2 ? SaveFailure.REFUSED : failure;
        switch (kind) {
            case REFUSED -> {
                refusal = message;
                retryDetail = null;
                flushRequested = false;
                return 0;
            }
            case TRANSIENT -> {
                return 1;
            }
            case UNREACHABLE -> retryDetail = StatusRule.UNREACHABLE;
            default -> retryDetail = "Saving failed (" + message
                    + "); your text is safe on this computer and saving will be tried again.";
        }
        return ++failures;
    }

    void endAttempt(long edit) {
        saving = false;
        slow = false;
        finishedAttempts++;
        finishedAttemptEdit = Math.max(finishedAttemptEdit, edit);
    }

    /** The journal wrote {@code content} under {@code sequence}. */
    void durable(String content, long sequence) {
        long edit = durableEdit(content);
        if (sequence > durableSequence) {
            durableSequence = sequence;
            durableEdit = edit;
        }
        journalProblem = null;
    }

    /** A flush for {@code target} is over: the database has it, or a try since the flush began failed with the text safe here. */
    boolean flushed(long target, long finishedBefore) {
        if (settled >= target) {
            return true;
        }
        boolean failedSince = !saving && finishedAttempts > finishedBefore && settled < finishedAttemptEdit;
        return failedSince && (refusal != null || retryDetail != null && newestIsDurable());
    }

    boolean hasUnsaved() {
        return lastEdit > settled;
    }

    /** Remembers which edit a text offered to the journal holds, to know it again when it is durable. */
    void offered(String text) {
        if (offers.size() >= MAX_OFFERS) {
            offers.removeFirst();
        }
        offers.addLast(new Offer(lastEdit, text));
    }

    /**
     * The edit whose text the journal just made durable, matched by identity (the writer hands back
     * the very string it was offered); earlier offers were coalesced away. Unknown texts count as
     * newer than anything, so they are never checkpointed by mistake.
     */
    private long durableEdit(String content) {
        for (Offer offer : offers) {
            if (offer.text == content) {
                while (offers.removeFirst() != offer) {
                    // Older offers were replaced by newer ones before the writer reached them.
                }
                return offer.edit;
            }
        }
        return Long.MAX_VALUE;
    }

    /** The journal sequence to checkpoint now, or -1: only an entry no newer than what the database dealt with. */
    long checkpointable() {
        if (durableSequence > checkpointedSequence && durableEdit <= settled) {
            checkpointedSequence = durableSequence;
            return durableSequence;
        }
        return -1;
    }

    boolean newestIsDurable() {
        return durableEdit != Long.MAX_VALUE && durableEdit >= lastEdit;
    }

    void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        retryScheduled = false;
    }

    private record Offer(long edit, String text) {
    }
}
