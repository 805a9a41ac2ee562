package studio.quire.demo;

import studio.quire.text.WordCount;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoManuscriptTest {

    @Test
    void generate_sameSeed_givesIdenticalText() {
        DemoBook first = DemoManuscript.generate(20_000, 60, 42, null);
        DemoBook second = DemoManuscript.generate(20_000, 60, 42, null);

        assertThat(second).isEqualTo(first);
        assertThat(DemoManuscript.generate(20_000, 60, 43, null)).isNotEqualTo(first);
    }

    @Test
    void generate_exactSectionsAndWords_byQuireWordCount() {
        DemoBook book = DemoManuscript.generate(50_000, 137, 7, "My Book");

        assertThat(book.title()).isEqualTo("My Book");
        assertThat(book.sectionCount()).isEqualTo(137);
        assertThat(book.wordCount()).isEqualTo(50_000);
        assertThat(book.chapters()).allSatisfy(c -> assertThat(c.sections()).isNotEmpty());
        book.chapters().stream().flatMap(c -> c.sections().stream()).forEach(s ->
                assertThat(WordCount.of(s.body()).words()).as(s.title()).isEqualTo(s.wordCount()));
    }

    @Test
    void generate_readsLikeMarkdownProse() {
        DemoBook book = DemoManuscript.generate(30_000, 40, 1, null);
        String all = book.chapters().stream().flatMap(c -> c.sections().stream()).map(DemoBook.Section::body)
                .collect(Collectors.joining("\n\n"));

        assertThat(all).contains("\n\n", "### ", ". ").containsPattern("\\*[a-z-]+\\*");
        assertThat(all).doesNotContain("\n\n\n", "  ");
        assertThat(all.split("\n\n")).allSatisfy(p -> assertThat(p.strip()).isNotEmpty());
        assertThat(book.chapters().get(0).title()).startsWith("Chapter 1: ");
    }

    @Test
    void generate_tinyBudgets_stillExact() {
        for (int words = 1; words <= 40; words++) {
            DemoBook book = DemoManuscript.generate(words, 1, words, null);
            assertThat(WordCount.of(book.chapters().get(0).sections().get(0).body()).words()).isEqualTo(words);
        }
        assertThat(DemoManuscript.generate(3, 3, 9, null).wordCount()).isEqualTo(3);
    }

    @Test
    void generate_fewerWordsThanSections_isRefused() {
        assertThatThrownBy(() -> DemoManuscript.generate(5, 6, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoManuscript.generate(5, 0, 1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generate_halfAMillionWords_isExact() {
        DemoBook book = DemoManuscript.generate(500_000, 2_000, 2026, null);

        assertThat(book.wordCount()).isEqualTo(500_000);
        assertThat(book.sectionCount()).isEqualTo(2_000);
    }

    @Test
    void wordCount_ignoresMarkdownMarkers() {
        assertThat(WordCount.of("### The *quiet* harbour\n\nShe waited - again.").words()).isEqualTo(6);
        assertThat(WordCount.of("").words()).isZero();
        assertThat(WordCount.of("  salt-stained  ").words()).isEqualTo(1);
    }
}
