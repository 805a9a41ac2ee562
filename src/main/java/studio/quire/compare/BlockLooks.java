package studio.quire.compare;

import studio.quire.text.Block;
import studio.quire.text.Span;

import java.util.List;

/** Whether two blocks the engine found equal also look the same: same kind of block, same styles. */
final class BlockLooks {
    private BlockLooks() {
    }

    static boolean same(Block older, Block newer) {
        if (!sameKind(older, newer)) {
            return false;
        }
        if (!older.text().equals(newer.text())) {
            // equal only in ways the options ignore: compare the kind of block alone
            return true;
        }
        return normal(older.spans()).equals(normal(newer.spans()));
    }

    static boolean sameKind(Block older, Block newer) {
        if (older.getClass() != newer.getClass()) {
            return false;
        }
        return !(older instanceof Block.Heading h) || h.level() == ((Block.Heading) newer).level();
    }

    private static List<Span> normal(List<Span> spans) {
        return new studio.quire.text.Document(List.of(new Block.Paragraph(spans))).normalized()
                .blocks().get(0).spans();
    }
}
