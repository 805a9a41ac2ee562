package studio.quire.editor;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fxmisc.richtext.model.Paragraph;
import studio.quire.text.WordCount;

import java.util.List;
import java.util.Locale;

/**
 * The editor footer's counts, computed in the background with {@link WordCount} (coalesced: only
 * the newest request waiting runs). Counts the paragraphs' text, never the stored markup.
 */
final class EditorCounts {
    private final EditorLane lane;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private int generation;

    EditorCounts(EditorLane lane) {
        this.lane = lane;
    }

    /** Counts {@code paragraphs}, and the selection {@code start..end} (document offsets) when not empty. */
    void show(List<Paragraph<ParStyle, String, TextStyle>> paragraphs, int start, int end) {
        int counting = ++generation;
        lane.latest(progress -> describe(paragraphs, start, end), counted -> {
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

    static String describe(List<Paragraph<ParStyle, String, TextStyle>> paragraphs, int start, int end) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                all.append('\n');
            }
            all.append(paragraphs.get(i).getText());
        }
        WordCount total = WordCount.of(all);
        if (start < end && end <= all.length()) {
            WordCount selected = WordCount.of(all.subSequence(start, end));
            return String.format(Locale.US, "%,d of %,d words selected", selected.words(), total.words());
        }
        return String.format(Locale.US, "%,d %s · %,d %s", total.words(), total.words() == 1 ? "word" : "words",
                total.characters(), total.characters() == 1 ? "character" : "characters");
    }
}
