package studio.quire.writing;

import studio.quire.editor.store.OpenedSection;
import studio.quire.editor.store.SaveListener;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.store.SectionStore;
import studio.quire.text.MarkdownFormat;
import studio.quire.text.WordCount;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * The session's {@link SectionStore} as one writing desk sees it: everything goes through to the
 * real store, and the desk also hears, on the FX thread, which text was opened and each newest
 * text with its word count (counted here, on the editor's background lane), so that writing
 * sessions and the session goal follow the words without the FX thread counting them.
 */
public final class DeskSectionStore implements SectionStore {
    /** What the desk hears; called on the FX thread. */
    public interface Texts {
        void opened(UUID sectionId, String markdown, int words);

        void edited(UUID sectionId, String markdown, int words);
    }

    private static final Texts NOBODY = new Texts() {
        @Override
        public void opened(UUID sectionId, String markdown, int words) {
        }

        @Override
        public void edited(UUID sectionId, String markdown, int words) {
        }
    };

    private final SectionStore store;
    private final Executor fx;
    private volatile Texts texts = NOBODY;

    /** @param fx runs on the FX thread (Platform::runLater) */
    public DeskSectionStore(SectionStore store, Executor fx) {
        this.store = Objects.requireNonNull(store);
        this.fx = Objects.requireNonNull(fx);
    }

    /** Who hears the texts (the desk is built after the editor that uses this store). */
    public void tell(Texts listener) {
        this.texts = Objects.requireNonNull(listener);
    }

    @Override
    public OpenedSection open(UUID sectionId) {
        OpenedSection opened = store.open(sectionId);
        Texts target = texts;
        fx.execute(() -> target.opened(sectionId, opened.markdown(), opened.words()));
        return opened;
    }

    @Override
    public void edited(UUID sectionId, String markdown) {
        store.edited(sectionId, markdown);
        int words = WordCount.of(MarkdownFormat.parse(markdown)).words();
        Texts target = texts;
        fx.execute(() -> target.edited(sectionId, markdown, words));
    }

    @Override
    public SaveStatus flush(UUID sectionId) {
        return store.flush(sectionId);
    }

    @Override
    public void addListener(SaveListener listener) {
        store.addListener(listener);
    }

    @Override
    public void removeListener(SaveListener listener) {
        store.removeListener(listener);
    }
}
