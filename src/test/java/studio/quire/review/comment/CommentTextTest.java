package studio.quire.review.comment;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CommentTextTest {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void problem_refusesBlankAndTooLongWords_andAcceptsTheLongestAllowed() {
        assertThat(CommentText.problem("  \n\t ")).contains(CommentText.BLANK);
        assertThat(CommentText.problem(null)).contains(CommentText.BLANK);
        assertThat(CommentText.problem("x".repeat(10_001))).get().asString().contains("10,000").contains("10,001");
        assertThat(CommentText.problem(" " + "x".repeat(10_000) + " ")).isEmpty();
    }

    @Test
    void clean_stripsNulAndControlCharacters_andTrims() {
        assertThat(CommentText.clean("  Fine\u0000 words\u0007 \n")).isEqualTo("Fine words");
        assertThat(CommentText.problem("\u0000\u0000")).contains(CommentText.BLANK);
    }

    @Test
    void ago_tellsTimeAsPeopleSayIt() {
        assertThat(CommentText.ago(NOW.minusSeconds(20), NOW, ZoneOffset.UTC)).isEqualTo("just now");
        assertThat(CommentText.ago(NOW.minusSeconds(60), NOW, ZoneOffset.UTC)).isEqualTo("1 minute ago");
        assertThat(CommentText.ago(NOW.minusSeconds(5 * 3600 + 10), NOW, ZoneOffset.UTC)).isEqualTo("5 hours ago");
        assertThat(CommentText.ago(NOW.minusSeconds(2 * 86400), NOW, ZoneOffset.UTC)).isEqualTo("2 days ago");
        assertThat(CommentText.ago(Instant.parse("2026-10-01T09:00:00Z"), NOW, ZoneOffset.UTC)).isEqualTo("1 Oct 2026");
    }
}
