package studio.quire.review.screen;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import studio.quire.compare.ComparedText;
import studio.quire.compare.ComparisonHtml;
import studio.quire.compare.ComparisonRequest;
import studio.quire.compare.view.ComparisonViewModel;
import studio.quire.text.Document;
import studio.quire.ui.TaskExecutor;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The texts of the request a review screen shows: the comparison of what was submitted with the
 * chosen base, and the submitted text of one section (for commenting). A change of base asks for
 * the texts again ({@code reload}); texts shown because a load chose another base do not.
 */
final class ReviewTexts {
    final ObjectProperty<ReviewBase> base = new SimpleObjectProperty<>(ReviewBase.LAST_APPROVED);
    final ReadOnlyObjectWrapper<ComparisonViewModel> comparison = new ReadOnlyObjectWrapper<>();
    final ReadOnlyObjectWrapper<Document> sectionText = new ReadOnlyObjectWrapper<>(Document.EMPTY);

    private final TaskExecutor executor;
    private List<ComparedText> texts = List.of();
    private UUID section;
    /** The round whose texts are shown (0: none yet): a new round means new submitted texts. */
    private int round;
    private boolean applying;

    ReviewTexts(TaskExecutor executor, Consumer<ReviewBase> reload) {
        this.executor = executor;
        base.addListener((obs, o, n) -> {
            if (!applying && n != null) {
                reload.accept(n);
            }
        });
    }

    /** Nothing shown (another request is being opened). */
    void clear() {
        replace(null);
        texts = List.of();
        round = 0;
        sectionText.set(Document.EMPTY);
    }

    /** The round whose texts are shown; 0 when none are. */
    int round() {
        return round;
    }

    /** Whether texts must be read (none shown yet, or the request went into another round). Thread-safe. */
    static boolean needed(int shownRound, int requestRound) {
        return shownRound == 0 || shownRound != requestRound;
    }

    /** The base to read with: a first look at a later round shows what changed since the last one. Thread-safe. */
    static ReviewBase baseFor(int shownRound, int requestRound, ReviewBase chosen) {
        return shownRound == 0 && requestRound > 1 ? ReviewBase.PREVIOUS_SUBMISSION : chosen;
    }

    /** Shows these texts, read for {@code details} against {@code older}. */
    void show(ReviewDetails details, ReviewBase older, List<ComparedText> read) {
        applying = true;
        try {
            base.set(older);
        } finally {
            applying = false;
        }
        texts = List.copyOf(read);
        round = details.round();
        String newer = details.round() > 1 ? "Submitted (round " + details.round() + ")" : "Submitted";
        ComparisonViewModel compared = new ComparisonViewModel(new ComparisonRequest(details.title(), older.label(), newer,
                () -> texts, null), ComparisonHtml::render, executor);
        replace(compared);
        compared.load();
        select(section);
    }

    /** Shows the submitted text of this section (null: none). */
    void select(UUID sectionId) {
        section = sectionId;
        sectionText.set(sectionId == null ? Document.EMPTY : texts.stream()
                .filter(t -> sectionId.equals(t.sectionId())).map(ComparedText::newer).findFirst()
                .orElse(Document.EMPTY));
    }

    private void replace(ComparisonViewModel now) {
        if (comparison.get() != null) {
            comparison.get().dispose();
        }
        comparison.set(now);
    }
}
