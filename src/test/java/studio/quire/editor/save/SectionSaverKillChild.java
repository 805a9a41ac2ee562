package studio.quire.editor.save;

import studio.quire.db.ConnectionTarget;
import studio.quire.db.Database;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.editor.journal.Journal;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The process {@link SectionSaverKillTest} kills: a writer typing into one section through a
 * {@link SectionSaver} with the default timings, one word every 20 ms, printing
 * {@code typed <words> <epoch millis>} after each change has been handed to the saver.
 * Arguments: JDBC URL, user, password, section id, journal folder.
 */
public final class SectionSaverKillChild {
    static final String TYPED = "typed ";

    private SectionSaverKillChild() {
    }

    /** The section's text after {@code words} words: each text begins with every earlier one. */
    static String textFor(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= words; i++) {
            text.append("word").append(i).append(i % 12 == 0 ? ".\n\n" : " ");
        }
        return text.toString();
    }

    public static void main(String[] args) throws Exception {
        ConnectionTarget target = new ConnectionTarget(ConnectionTarget.Mode.EMBEDDED, args[0], args[1], args[2]);
        UUID section = UUID.fromString(args[3]);
        Database database = Database.open(target, 2);
        Journal journal = Journal.open(Path.of(args[4]));
        SectionSaver saver = new SectionSaver(new SectionTextRepository(database.dsl()), journal);
        saver.open(section);
        StringBuilder text = new StringBuilder();
        int[] words = {0};
        ScheduledExecutorService typist = Executors.newSingleThreadScheduledExecutor();
        typist.scheduleAtFixedRate(() -> {
            int n = ++words[0];
            text.append("word").append(n).append(n % 12 == 0 ? ".\n\n" : " ");
            saver.edited(section, text.toString());
            System.out.println(TYPED + n + " " + System.currentTimeMillis());
            System.out.flush();
        }, 0, 20, TimeUnit.MILLISECONDS);
        // Types until killed.
        typist.awaitTermination(1, TimeUnit.DAYS);
    }
}
