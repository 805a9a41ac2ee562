package studio.quire.compare;

import studio.quire.editor.text.Document;

import java.util.List;

/**
 * Where a merged text goes: a section's history (a new revision that the editor then shows) or the
 * editor after a conflict. {@link #save(List)} is called on the FX thread and does its own
 * background work; it reports success or failure where the writer will see it (the editor or the
 * revisions list), since the comparison window closes once the writer has saved.
 */
public interface MergeTarget {
    /** The save button's text, e.g. "Save as new revision" or "Use this version". */
    String saveLabel();

    /** Takes the merged text of each compared section, in the comparison's order. */
    void save(List<Document> merged);
}
