package studio.quire.editor.revision;

import studio.quire.compare.ComparedText;
import studio.quire.compare.ComparisonLoader;
import studio.quire.compare.ComparisonRequest;
import studio.quire.compare.MergeTarget;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.store.SectionStore;
import studio.quire.text.MarkdownFormat;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The comparisons the revisions list offers: one chosen revision against the section's current
 * text, or two chosen revisions, the earlier one as the older side. Texts are read when the
 * comparison window loads, in the background; the current text is the one in the database after
 * pending edits are saved, and the comparison says so when they could not be.
 */
final class RevisionComparisons {
    static final String CURRENT = "Current text";

    private final RevisionRepository repository;
    private final SectionStore store;

    RevisionComparisons(RevisionRepository repository, SectionStore store) {
        this.repository = repository;
        this.store = store;
    }

    /** Whether {@code chosen} (one or two rows) can be compared. */
    static boolean comparable(List<RevisionRow> chosen) {
        return chosen.size() == 1 || chosen.size() == 2;
    }

    /**
     * @param mergeTarget given the merged revision's name, where a merged text goes; null when the
     *                    person may only read
     */
    ComparisonRequest request(UUID sectionId, List<RevisionRow> chosen, Function<String, MergeTarget> mergeTarget) {
        if (!comparable(chosen)) {
            throw new IllegalArgumentException("Choose one revision, or two, to compare");
        }
        List<RevisionRow> ordered = chosen.stream()
                .sorted(Comparator.comparing((RevisionRow r) -> r.entry().createdAt()).thenComparing(r -> r.entry().id()))
                .toList();
        RevisionRow older = ordered.get(0);
        RevisionRow newer = ordered.size() == 2 ? ordered.get(1) : null;
        String olderLabel = label(older);
        String newerLabel = newer == null ? CURRENT : label(newer);
        ComparisonLoader loader = () -> List.of(new ComparedText(sectionId, "",
                MarkdownFormat.parse(body(older)), MarkdownFormat.parse(newer == null ? current(sectionId) : body(newer))));
        MergeTarget target = mergeTarget == null ? null : mergeTarget.apply("Merged: " + olderLabel + " and " + newerLabel);
        return new ComparisonRequest(olderLabel + " ↔ " + newerLabel, olderLabel, newerLabel, loader, target);
    }

    static String label(RevisionRow row) {
        return row.kind() + " revision of " + row.time() + (row.name().isEmpty() ? "" : " “" + row.name() + "”");
    }

    private String body(RevisionRow row) {
        return repository.body(row.entry().id()).orElseThrow(() -> new RefusedByDatabaseException(
                "A revision of " + row.time() + " is gone or not visible to you.", "P0002", null));
    }

    private String current(UUID sectionId) {
        SaveStatus status = store.flush(sectionId);
        if (status != SaveStatus.SAVED) {
            throw new RefusedByDatabaseException("The newest text is not in the database yet (" + status.label()
                    + "); compare again once it is saved.", "55000", null);
        }
        return repository.currentBody(sectionId).orElseThrow(() -> new RefusedByDatabaseException(
                "This section is gone or not visible to you.", "P0002", null));
    }
}
