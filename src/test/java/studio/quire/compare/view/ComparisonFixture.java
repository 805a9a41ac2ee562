package studio.quire.compare.view;

import studio.quire.compare.ComparedText;
import studio.quire.compare.ComparisonLoader;
import studio.quire.compare.ComparisonRequest;
import studio.quire.compare.MergeTarget;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Small drafts to compare, and a merge target that records what it is handed. */
final class ComparisonFixture {
    static final String OLDER = "The cat sat on the mat.\n\nA second paragraph stays.\n\nThis one goes away entirely now.\n";
    static final String NEWER = "The dog sat on the mat.\n\nA second paragraph stays.\n\nCompletely fresh words appear here.\n";

    private ComparisonFixture() {
    }

    static ComparedText text(String title, String older, String newer) {
        return new ComparedText(null, title, MarkdownFormat.parse(older), MarkdownFormat.parse(newer));
    }

    static ComparisonRequest request(ComparisonLoader loader, MergeTarget target) {
        return new ComparisonRequest("The Lighthouse: 3 May / now", "Revision of 3 May", "Current text", loader, target);
    }

    static ComparisonRequest mergeable(RecordingTarget target, ComparedText... texts) {
        return request(() -> List.of(texts), target);
    }

    static ComparisonRequest readOnly(ComparedText... texts) {
        return request(() -> List.of(texts), null);
    }

    /** Keeps every merged text it is handed. */
    static final class RecordingTarget implements MergeTarget {
        final List<List<Document>> saved = new ArrayList<>();

        @Override
        public String saveLabel() {
            return "Use the merged text";
        }

        @Override
        public CompletionStage<Void> save(List<Document> merged) {
            saved.add(merged);
            return CompletableFuture.completedFuture(null);
        }
    }
}
