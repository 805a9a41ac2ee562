package studio.quire.compare;

import studio.quire.text.Block;
import studio.quire.text.Document;
import studio.quire.text.Span;
import studio.quire.text.Style;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random styled documents and the edits a writer makes to them; one seed gives one sequence. */
final class RandomManuscripts {
    private static final String[] WORDS = {
        "the", "a", "house", "river", "she", "said", "walked", "slowly", "into", "night", "don't", "light",
        "Anna", "of", "and", "was", "naïve", "rain", "window", "letter", "road", "never", "again", "😀", "漢字",
    };

    private final SplittableRandom random;

    RandomManuscripts(long seed) {
        random = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    Document document(int maxBlocks) {
        int n = random.nextInt(maxBlocks + 1);
        List<Block> blocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            blocks.add(block(words(12)));
        }
        return new Document(blocks).normalized();
    }

    /** The document with up to four edits: blocks inserted, deleted, moved, restyled; words changed. */
    Document edit(Document original) {
        List<Block> blocks = new ArrayList<>(original.blocks());
        int edits = random.nextInt(5);
        for (int e = 0; e < edits; e++) {
            int kind = random.nextInt(7);
            if (blocks.isEmpty() || kind == 0) {
                blocks.add(random.nextInt(blocks.size() + 1), block(words(12)));
                continue;
            }
            int at = random.nextInt(blocks.size());
            switch (kind) {
                case 1 -> blocks.remove(at);
                case 2 -> {
                    Block moved = blocks.remove(at);
                    blocks.add(random.nextInt(blocks.size() + 1), moved);
                }
                case 3 -> blocks.set(at, restyled(blocks.get(at)));
                default -> blocks.set(at, blocks.get(at).withSpans(spans(editWords(blocks.get(at).text()))));
            }
        }
        return new Document(blocks).normalized();
    }

    private Block restyled(Block block) {
        return random.nextBoolean() ? kind(block.spans()) : block.withSpans(spans(block.text()));
    }

    private String editWords(String text) {
        List<String> words = new ArrayList<>(List.of(text.split(" ", -1)));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> words.add(at, word());
                case 1 -> {
                    if (words.size() > 1) {
                        words.remove(at);
                    }
                }
                default -> words.set(at, word());
            }
        }
        return String.join(" ", words);
    }

    private String words(int max) {
        int n = random.nextInt(max + 1);
        List<String> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            words.add(word());
        }
        return String.join(" ", words);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private Block block(String text) {
        return kind(spans(text));
    }

    private Block kind(List<Span> spans) {
        return switch (random.nextInt(6)) {
            case 0 -> new Block.Heading(1 + random.nextInt(Block.Heading.DEEPEST), spans);
            case 1 -> new Block.Quote(spans);
            case 2 -> new Block.BulletItem(spans);
            case 3 -> new Block.NumberedItem(spans);
            default -> new Block.Paragraph(spans);
        };
    }

    /** The text cut at random places into spans, some bold, some italic, some links. */
    private List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = Math.min(text.length(), at + 1 + random.nextInt(20));
            if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                end++;
            }
            Span span = switch (random.nextInt(5)) {
                case 0 -> Span.styled(text.substring(at, end), Style.BOLD);
                case 1 -> Span.styled(text.substring(at, end), Style.ITALIC);
                case 2 -> Span.plain(text.substring(at, end)).linkedTo("https://example.org/" + random.nextInt(3));
                default -> Span.plain(text.substring(at, end));
            };
            spans.add(span);
            at = end;
        }
        return spans;
    }
}
