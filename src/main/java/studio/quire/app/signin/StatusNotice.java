package studio.quire.app.signin;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The sentence the status bar holds until the writer moves on: a problem (what replaying the
 * journal could not do) or good news (text recovered after a crash), told apart so the view can
 * colour it truthfully.
 */
public final class StatusNotice {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper goodNews = new ReadOnlyBooleanWrapper();

    /** Something that went wrong (shown as a problem). */
    public void problem(String sentence) {
        show(sentence, false);
    }

    /** Good news, such as text recovered after a crash (shown as success). */
    public void goodNews(String sentence) {
        show(sentence, true);
    }

    public void clear() {
        text.set("");
    }

    private void show(String sentence, boolean good) {
        goodNews.set(good);
        text.set(sentence == null ? "" : sentence);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Whether the sentence shown is good news rather than a problem. */
    public ReadOnlyBooleanProperty goodNewsProperty() {
        return goodNews.getReadOnlyProperty();
    }
}
