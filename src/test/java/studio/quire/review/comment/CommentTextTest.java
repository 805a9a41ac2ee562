package studio.quire.review.comment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentTextTest {
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
}
