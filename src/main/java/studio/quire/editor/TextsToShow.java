package studio.quire.editor;

import studio.quire.text.MarkdownFormat;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.ErrorText;
import studio.quire.ui.TaskExecutor;

import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The texts the section editor hands its view to show: an opened section's, a paste from another
 * application, a whole replacement. Pastes and replacements are built in the background with the
 * view's {@link EditorText.Builder} (a paste can be megabytes) and dropped when another section
 * opened meanwhile. FX thread only.
 */
final class TextsToShow {
    private final EditorText.Builder texts;
    private final TaskExecutor executor;
    private final SectionOpening opening;
    private final Consumer<String> tell;
    private Consumer<DocumentLoad> sink = load -> { };
    private BiConsumer<UUID, Integer> onPasted = (section, words) -> { };

    /** @param tell shows the writer a message (what a paste cleaned, why a text could not be shown) */
    TextsToShow(EditorText.Builder texts, TaskExecutor executor, SectionOpening opening, Consumer<String> tell) {
        this.texts = Objects.requireNonNull(texts);
        this.executor = executor;
        this.opening = opening;
        this.tell = tell;
    }

    void setSink(Consumer<DocumentLoad> sink) {
        this.sink = Objects.requireNonNull(sink);
    }

    void setOnPasted(BiConsumer<UUID, Integer> listener) {
        onPasted = Objects.requireNonNull(listener);
    }

    /** A newly opened text: replaces everything and forgets the undo history. */
    void opened(EditorText text) {
        sink.accept(new DocumentLoad(text, DocumentLoad.Mode.OPEN));
    }

    /** Cleans, builds and counts {@code text} in the background, then inserts it and tells its words. */
    void paste(String text) {
        int pasting = opening.generation();
        UUID section = opening.sectionId();
        executor.execute(BackgroundTask.of(progress -> PlainPaste.of(text, texts)).onSuccess(pasted -> {
            if (pasting == opening.generation()) {
                sink.accept(new DocumentLoad(pasted.text, DocumentLoad.Mode.INSERT));
                tell.accept(pasted.cleaned ? SectionEditorViewModel.PASTE_CLEANED : "");
                onPasted.accept(section, pasted.words);
            }
        }).onFailure(error -> tell.accept("The text could not be pasted: " + ErrorText.oneLine(error))));
    }

    /** Replaces the whole text with {@code markdown} as one undoable edit. */
    void replace(String markdown) {
        int replacing = opening.generation();
        executor.execute(BackgroundTask.of(progress -> texts.of(MarkdownFormat.parse(markdown)))
                .onSuccess(text -> {
                    if (replacing == opening.generation()) {
                        sink.accept(new DocumentLoad(text, DocumentLoad.Mode.REPLACE));
                    }
                })
                .onFailure(error -> tell.accept("The text could not be replaced: " + ErrorText.oneLine(error))));
    }
}
