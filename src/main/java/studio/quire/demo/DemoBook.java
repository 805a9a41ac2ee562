package studio.quire.demo;

import java.util.List;

/** A generated book: chapters of sections, each section with its Markdown body. */
public record DemoBook(String title, String synopsis, List<Chapter> chapters) {
    public DemoBook {
        chapters = List.copyOf(chapters);
    }

    public record Chapter(String title, String synopsis, List<Section> sections) {
        public Chapter {
            sections = List.copyOf(sections);
        }
    }

    public record Section(String title, String status, String body, int wordCount) {
    }

    public int sectionCount() {
        return chapters.stream().mapToInt(c -> c.sections().size()).sum();
    }

    public long wordCount() {
        return chapters.stream().flatMap(c -> c.sections().stream()).mapToLong(Section::wordCount).sum();
    }
}
