package studio.quire.compare.view;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/** Brings a list's item into view without jumping when it is already there. */
final class ListScrolling {
    /** Lines shown above the item scrolled to, so the writer sees what leads up to it. */
    private static final int CONTEXT = 2;

    private ListScrolling() {
    }

    static void reveal(ListView<?> list, int index) {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first != null && last != null && index > first.getIndex() && index < last.getIndex()) {
                return;
            }
        }
        list.scrollTo(Math.max(0, index - CONTEXT));
    }
}
