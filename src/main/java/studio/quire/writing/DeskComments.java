package studio.quire.writing;

import studio.quire.editor.view.SectionEditorView;
import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.tree.ManuscriptTreeViewModel;
import studio.quire.review.comment.CommentThreadsViewModel;

import java.time.Duration;

/**
 * The writing desk's comment margin, tied to the desk: the comments of the section selected in the
 * binder, from every review it went through, whose words are found again in the editor's current
 * text; locating a thread selects its words in the editor.
 */
public final class DeskComments {
    private DeskComments() {
    }

    /** Makes {@code comments} follow the binder's selection in {@code tree} and the text in {@code editor}. */
    public static void follow(CommentThreadsViewModel comments, ManuscriptTreeViewModel tree, SectionEditorView editor) {
        tree.selectedProperty().addListener((obs, old, node) -> comments.showSection(
                node != null && node.kindProperty().get() == NodeKind.SECTION ? node.id() : null));
        editor.area().plainTextChanges().successionEnds(Duration.ofMillis(500))
                .subscribe(change -> comments.textShown(editor.area().getText()));
        comments.setOnLocate(thread -> {
            comments.textShown(editor.area().getText());
            comments.whereIs(thread).ifPresent(words -> editor.select(words.start(), words.end()));
        });
    }
}
