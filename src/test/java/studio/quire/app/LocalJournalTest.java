package studio.quire.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.quire.editor.journal.Journal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The studio's shared journal, opened in the background at start. */
class LocalJournalTest {
    @TempDir
    Path dir;

    @Test
    void get_opensTheJournal_onceTheQuireThatHeldItAtStartHasLetGo() throws Exception {
        // A second window starts while the first Quire still holds the journal, then connects once it quits.
        Journal first = Journal.open(dir);
        LocalJournal local = new LocalJournal(dir);
        assertThatThrownBy(local::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("in use");

        UUID section = UUID.randomUUID();
        first.append(section, 1, "Written in the first window.", Instant.EPOCH);
        first.close();

        try {
            Journal opened = local.get();
            assertThat(opened.latestPerSection().get(section).content()).isEqualTo("Written in the first window.");
            assertThat(local.get()).isSameAs(opened);
        } finally {
            local.close();
        }
    }
}
