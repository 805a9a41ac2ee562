package studio.quire.compare;

import studio.quire.diff.DiffBound;
import studio.quire.diff.DiffOptions;
import studio.quire.diff.DiffResult;
import studio.quire.diff.DiffStats;
import studio.quire.diff.TextDiff;
import studio.quire.text.Block;
import studio.quire.text.Document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A comparison of one or more sections (a chapter: its sections in order, with their titles), built
 * on the word-level engine (ADR 0014) and laid out as rows for the inline and side-by-side views,
 * with every change numbered in reading order so it can be stepped to, accepted or rejected
 * ({@link Merge}). Blocks are compared by their words; a block whose words stayed but whose styles
 * changed is a {@link ChangeKind#REFORMATTED} change. Pure: build it off the FX thread.
 */
public final class Comparison {
    private final List<ComparedPart> parts;
    private final List<Change> changes;
    private final DiffOptions options;
    private final DiffStats stats;
    private final Set<DiffBound> coarsenedBy;

    private Comparison(List<ComparedPart> parts, List<Change> changes, DiffOptions options) {
        this.parts = List.copyOf(parts);
        this.changes = List.copyOf(changes);
        this.options = options;
        int added = 0;
        int removed = 0;
        int changed = 0;
        int moved = 0;
        Set<DiffBound> bounds = EnumSet.noneOf(DiffBound.class);
        for (ComparedPart part : parts) {
            DiffStats s = part.result().stats();
            added += s.wordsAdded();
            removed += s.wordsRemoved();
            changed += s.wordsChanged();
            moved += s.paragraphsMoved();
            bounds.addAll(part.result().coarsenedBy());
        }
        this.stats = new DiffStats(added, removed, changed, moved);
        this.coarsenedBy = Set.copyOf(bounds);
    }

    /** Compares the sections of {@code texts}, in that order. */
    public static Comparison of(List<ComparedText> texts, DiffOptions options) {
        Objects.requireNonNull(options, "options");
        List<ComparedPart> parts = new ArrayList<>(texts.size());
        List<Change> changes = new ArrayList<>();
        for (ComparedText text : texts) {
            DiffResult result = TextDiff.compare(diffText(text.older()), diffText(text.newer()), options);
            RowLayout layout = new RowLayout(parts.size(), text.older().blocks(), text.newer().blocks(), changes);
            parts.add(new ComparedPart(parts.size(), text.sectionId(), text.title(), text.older(), text.newer(),
                    result, layout.rows(result)));
        }
        return new Comparison(parts, changes, options);
    }

    /** Compares one section. */
    public static Comparison of(ComparedText text, DiffOptions options) {
        return of(List.of(text), options);
    }

    /**
     * The text the engine compares for a document: each block's words, blocks joined by a blank
     * line and ended by a line feed, so the engine's paragraphs are exactly the blocks, empty ones
     * included (no block text holds a line break).
     */
    static String diffText(Document document) {
        List<Block> blocks = document.blocks();
        if (blocks.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            text.append(blocks.get(i).text());
        }
        return text.append('\n').toString();
    }

    public List<ComparedPart> parts() {
        return parts;
    }

    /** Every change, in reading order; a change's {@link Change#id()} is its index here. */
    public List<Change> changes() {
        return changes;
    }

    public Change change(int id) {
        return changes.get(id);
    }

    public DiffOptions options() {
        return options;
    }

    /** Words added, removed and changed and paragraphs moved, over all sections. */
    public DiffStats stats() {
        return stats;
    }

    /** Whether some region is shown more coarsely than the options asked, because a bound on work was hit. */
    public boolean coarsened() {
        return !coarsenedBy.isEmpty();
    }

    public Set<DiffBound> coarsenedBy() {
        return coarsenedBy;
    }

    /** Whether this compares several sections (a chapter), so the views show section titles. */
    public boolean spansSections() {
        return parts.size() > 1;
    }
}
