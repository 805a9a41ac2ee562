package studio.quire.compare;

import studio.quire.text.Document;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Where a merged text goes: a section's history (a new revision that the editor then shows) or the
 * editor after a conflict. {@link #save(List)} is called on the FX thread and does its own
 * background work; the comparison window closes only when the returned stage completes, and stays
 * open with the failure's message when it fails, so the writer's choices are never thrown away.
 */
public interface MergeTarget {
    /** The save button's text, e.g. "Use the merged text" or "Use this version". */
    String saveLabel();

    /**
     * Takes the merged text of each compared section, in the comparison's order. Completes when the
     * merged text is kept; fails, with a message for the writer, when it could not be (the section
     * was closed, the conflict settled meanwhile, the newest text not yet in the database…).
     */
    CompletionStage<Void> save(List<Document> merged);
}
