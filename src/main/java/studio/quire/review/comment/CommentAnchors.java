package studio.quire.review.comment;

import studio.quire.text.Document;

import java.util.Optional;

/**
 * Where a thread's words are in a section's text. Offsets count UTF-16 code units of the plain text
 * the editor shows: blocks joined by a line break, exactly what the editor area's
 * {@code getText()} returns for the same document. When the text changed since the comment, the
 * quoted words are looked for again: where they were, else their occurrence nearest to where they
 * were; when they are gone the thread is detached.
 */
public final class CommentAnchors {
    private CommentAnchors() {
    }

    /** The plain text a section shows in the editor, which anchors count in. */
    public static String plainText(Document document) {
        return document.plainText();
    }

    /** The thread's words in {@code currentText}, or empty when they are no longer there. */
    public static Optional<Anchor> locate(String currentText, CommentThread thread) {
        return locate(currentText, thread.anchor());
    }

    /** The anchor's words in {@code currentText}, or empty when they are no longer there. */
    public static Optional<Anchor> locate(String currentText, Anchor anchor) {
        String quote = anchor.quote();
        if (quote.isEmpty()) {
            return Optional.empty();
        }
        if (anchor.end() <= currentText.length() && currentText.startsWith(quote, anchor.start())
                && anchor.end() - anchor.start() == quote.length()) {
            return Optional.of(anchor);
        }
        int best = -1;
        for (int at = currentText.indexOf(quote); at >= 0; at = currentText.indexOf(quote, at + 1)) {
            if (best < 0 || Math.abs(at - anchor.start()) < Math.abs(best - anchor.start())) {
                best = at;
            } else {
                break; // occurrences come in order: once farther, every later one is farther still
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new Anchor(best, best + quote.length(), quote));
    }

    /** Whether the thread's words are still exactly where it was anchored. */
    public static boolean inPlace(String currentText, CommentThread thread) {
        return locate(currentText, thread).filter(found -> found.start() == thread.anchorStart()).isPresent();
    }
}
