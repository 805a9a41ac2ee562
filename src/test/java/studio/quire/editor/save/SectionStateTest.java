package studio.quire.editor.save;

import org.junit.jupiter.api.Test;
import studio.quire.editor.store.SaveStatus;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The bookkeeping behind the checkpoint rule and the status bar, without threads or a database. */
class SectionStateTest {
    private final SectionState state = new SectionState(UUID.randomUUID(), 1, "");

    private String type(String text) {
        state.edit(text, 0);
        state.offered(text);
        return text;
    }

    @Test
    void checkpointable_neverAnEntryNewerThanTheSavedEdit_whenTheSaveLandsBeforeTheJournalWrite() {
        type("one");
        long savedEdit = state.lastEdit;
        String newer = type("one two");
        state.settle(savedEdit, 2, false, 0);

        // The writer coalesced "one" away and made only the newer text durable.
        state.durable(newer, 7);

        assertThat(state.checkpointable()).isEqualTo(-1);
    }

    @Test
    void checkpointable_theEntryHoldingTheSavedText_whenItBecomesDurableAfterTheSave() {
        String saved = type("one");
        state.settle(state.lastEdit, 2, false, 0);
        assertThat(state.checkpointable()).isEqualTo(-1);

        state.durable(saved, 5);

        assertThat(state.checkpointable()).isEqualTo(5);
        assertThat(state.checkpointable()).as("only once").isEqualTo(-1);
    }

    @Test
    void checkpointable_olderDurableEntry_whenANewerEditWasSaved() {
        String older = type("one");
        type("one two");
        state.durable(older, 3);
        state.settle(state.lastEdit, 2, false, 0);

        assertThat(state.checkpointable()).isEqualTo(3);
    }

    @Test
    void checkpointable_never_forATextTheJournalWroteButTheDatabaseRefused() {
        String refused = type("not allowed");
        state.durable(refused, 4);

        assertThat(state.fail(state.lastEdit, SaveFailure.REFUSED, "No.")).isZero();

        assertThat(state.checkpointable()).isEqualTo(-1);
        assertThat(StatusRule.of(state).status()).isEqualTo(SaveStatus.REFUSED);
        assertThat(StatusRule.of(state).detail()).isEqualTo("No.");
    }

    @Test
    void statusRule_savedLocallyOnlyOnceTheNewestEditIsDurable_whenTheServerIsUnreachable() {
        String first = type("one");
        assertThat(state.fail(state.lastEdit, SaveFailure.UNREACHABLE, "down")).isEqualTo(1);
        assertThat(StatusRule.of(state).status()).isEqualTo(SaveStatus.SAVING);

        state.durable(first, 1);
        assertThat(StatusRule.of(state)).isEqualTo(new StatusRule.Verdict(SaveStatus.SAVED_LOCALLY, StatusRule.UNREACHABLE));

        type("one two");
        assertThat(StatusRule.of(state).status()).as("the newest edit is not on disk yet").isEqualTo(SaveStatus.SAVING);
        assertThat(state.fail(state.lastEdit, SaveFailure.UNREACHABLE, "down")).as("the second retry").isEqualTo(2);
    }

    @Test
    void statusRule_savedThenConflictUntilTheNextEdit() {
        type("one");
        state.settle(state.lastEdit, 2, false, 0);
        assertThat(StatusRule.of(state).status()).isEqualTo(SaveStatus.SAVED);

        type("two");
        assertThat(StatusRule.of(state).status()).isEqualTo(SaveStatus.SAVING);
        state.settle(state.lastEdit, 5, true, 0);
        assertThat(StatusRule.of(state).status()).isEqualTo(SaveStatus.CONFLICT);
        assertThat(state.base).isEqualTo(5);

        type("three");
        assertThat(StatusRule.of(state).status()).isEqualTo(SaveStatus.SAVING);
    }

    @Test
    void fail_transientTwiceThenRefused() {
        type("one");
        assertThat(state.fail(state.lastEdit, SaveFailure.TRANSIENT, "Try again")).isEqualTo(1);
        assertThat(state.fail(state.lastEdit, SaveFailure.TRANSIENT, "Try again")).isEqualTo(1);
        assertThat(state.fail(state.lastEdit, SaveFailure.TRANSIENT, "Try again")).isZero();
        assertThat(StatusRule.of(state).status()).isEqualTo(SaveStatus.REFUSED);
    }

    @Test
    void edit_ignoresTheTextAlreadyHeld() {
        assertThat(state.edit("", 0)).isFalse();
        assertThat(state.edit("new", 0)).isTrue();
        assertThat(state.edit("new", 0)).isFalse();
        assertThat(state.lastEdit).isEqualTo(1);
    }
}
