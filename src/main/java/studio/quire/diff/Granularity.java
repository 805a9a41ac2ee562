package studio.quire.diff;

/** The smallest unit a changed paragraph is compared in: a word, a sentence or the whole paragraph. */
public enum Granularity {
    /** Words, whitespace and punctuation, each its own unit. */
    WORD,
    /** Sentences: a change to one word marks its whole sentence changed. */
    SENTENCE,
    /** Paragraphs: a changed paragraph is shown replaced whole. */
    PARAGRAPH
}
