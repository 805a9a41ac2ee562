package studio.quire.manuscript;

import java.util.Optional;

/**
 * Which kind of node may stand under which, as the database checks it: a book at the root, a part
 * under a book, a chapter under a book or a part, a section under a chapter. Pure.
 */
public final class Hierarchy {
    private Hierarchy() {
    }

    /** Whether a {@code child} may stand under {@code parent} (null parent: the root). */
    public static boolean canHold(NodeKind parent, NodeKind child) {
        if (parent == null) {
            return child == NodeKind.BOOK;
        }
        return switch (child) {
            case BOOK -> false;
            case PART -> parent == NodeKind.BOOK;
            case CHAPTER -> parent == NodeKind.BOOK || parent == NodeKind.PART;
            case SECTION -> parent == NodeKind.CHAPTER;
        };
    }

    /** The kind a new child of {@code parent} gets: book and part hold chapters, chapters sections. */
    public static Optional<NodeKind> childKindOf(NodeKind parent) {
        return switch (parent) {
            case BOOK, PART -> Optional.of(NodeKind.CHAPTER);
            case CHAPTER -> Optional.of(NodeKind.SECTION);
            case SECTION -> Optional.empty();
        };
    }

    /** How the writer calls a kind: "section", "chapter". */
    public static String label(NodeKind kind) {
        return kind.dbName();
    }
}
