package studio.quire.manuscript.details;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One social snippet as the inspector edits it: a platform ("LinkedIn") and its text. */
public final class SocialSnippetRow {
    private final StringProperty platform = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");

    SocialSnippetRow(String platform, String text) {
        this.platform.set(platform);
        this.text.set(text);
    }

    public StringProperty platformProperty() {
        return platform;
    }

    public StringProperty textProperty() {
        return text;
    }
}
