package studio.quire.compare;

import java.util.List;
import java.util.Objects;

/**
 * A chapter's sections as two texts each, ready for {@link Comparison#of(List, studio.quire.diff.DiffOptions)}:
 * what {@link ChapterHistoryRepository#chapterSince} reads.
 *
 * @param chapterTitle the chapter's title, for the comparison window's title
 * @param sections     its live sections in binder order, each with its title, older and newer text
 */
public record ChapterTexts(String chapterTitle, List<ComparedText> sections) {
    public ChapterTexts {
        Objects.requireNonNull(chapterTitle, "chapterTitle");
        sections = List.copyOf(sections);
    }
}
