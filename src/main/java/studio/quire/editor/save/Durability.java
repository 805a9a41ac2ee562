package studio.quire.editor.save;

import studio.quire.editor.journal.DurabilityListener;
import studio.quire.editor.journal.JournalEntry;

import java.io.IOException;
import java.util.UUID;

/** Passes the journal writer's news to the saver (on the writer's thread). */
final class Durability implements DurabilityListener {
    private final SectionSaver saver;

    Durability(SectionSaver saver) {
        this.saver = saver;
    }

    @Override
    public void durable(JournalEntry entry) {
        saver.durable(entry);
    }

    @Override
    public void failed(UUID sectionId, IOException error) {
        saver.journalFailed(sectionId, String.valueOf(error.getMessage()));
    }
}
