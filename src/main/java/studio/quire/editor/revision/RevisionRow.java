package studio.quire.editor.revision;

import studio.quire.text.RevisionKind;
import studio.quire.ui.DateTexts;

import java.util.Locale;

/**
 * One revision as the inspector lists it, already in words.
 *
 * @param time    "Today, 14:02"
 * @param kind    "Automatic", "Named"…
 * @param name    the name of a named or restored revision, else empty
 * @param changes "+120 −14", or empty when the revision predates counting
 */
public record RevisionRow(RevisionEntry entry, String time, String author, String kind, String name, String changes) {

    static RevisionRow of(RevisionEntry entry, DateTexts times) {
        String kind = entry.kind().name().charAt(0) + entry.kind().name().substring(1).toLowerCase(Locale.ROOT);
        String changes = entry.wordsAdded() == null || entry.wordsRemoved() == null ? ""
                : "+" + entry.wordsAdded() + " \u2212" + entry.wordsRemoved();
        return new RevisionRow(entry, times.recent(entry.createdAt()), entry.authorName(), kind,
                entry.name() == null ? "" : entry.name(), changes);
    }

    /** The style class of the kind badge: "kind-automatic"… */
    public String kindStyleClass() {
        return "kind-" + entry.kind().dbName();
    }

    public boolean isKind(RevisionKind value) {
        return entry.kind() == value;
    }
}
