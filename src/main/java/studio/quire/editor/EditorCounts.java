package studio.quire.editor;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.quire.text.WordCount;

import java.util.Locale;

/**
 * The editor footer's counts, computed in the background with {@link WordCount} (coalesced: only
 * the newest request waiting runs). Counts the text the writer sees, never the stored markup.
 */
final class EditorCounts {
    private final EditorLane lane;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private int generation;

    EditorCounts(EditorLane lane) {
        this.lane = lane;
    }

    /** Counts {@code shown}, and the selection {@code start..end} (offsets in its plain text) when not empty. */
    void show(EditorText shown, int start, int end) {
        int counting = ++generation;
        lane.latest(progress -> describe(shown.plainText(), start, end), counted -> {
            if (counting == generation) {
                text.set(counted);
            }
        }, error -> { });
    }

    void clear() {
        generation++;
        text.set("");
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    static String describe(String all, int start, int end) {
        WordCount total = WordCount.of(all);
        if (start < end && end <= all.length()) {
            WordCount selected = WordCount.of(all.subSequence(start, end));
            return String.format(Locale.US, "%,d of %,d words selected", selected.words(), total.words());
        }
        return String.format(Locale.US, "%,d %s · %,d %s", total.words(), total.words() == 1 ? "word" : "words",
                total.characters(), total.characters() == 1 ? "character" : "characters");
    }
}
