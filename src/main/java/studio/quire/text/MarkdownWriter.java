package studio.quire.text;

import java.util.List;

/** Writes documents in the stored Markdown subset (see {@link MarkdownFormat}). */
final class MarkdownWriter {
    static final String SPACE_ENTITY = "&#32;";
    static final String TAB_ENTITY = "&#9;";

    private MarkdownWriter() {
    }

    static String write(Document document) {
        List<Block> blocks = document.normalized().blocks();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            writeBlock(blocks.get(i), out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void writeBlock(Block block, StringBuilder out) {
        String marker = marker(block);
        out.append(marker);
        if (!block.spans().isEmpty()) {
            if (!marker.isEmpty()) {
                out.append(' ');
            }
            new Line(block.text(), block instanceof Block.Heading, out).write(block.spans());
        }
    }

    /** The line start that says what kind of block this is. */
    static String marker(Block block) {
        if (block instanceof Block.Heading heading) {
            return "#".repeat(heading.level());
        } else if (block instanceof Block.Quote) {
            return ">";
        } else if (block instanceof Block.BulletItem) {
            return "-";
        } else if (block instanceof Block.NumberedItem) {
            return "1.";
        }
        return "";
    }

    /** The inline part of one block: escapes, emphasis toggles and links. */
    private static final class Line {
        private final String text;
        private final boolean heading;
        private final StringBuilder out;
        private final int leadingSpaceEnd;
        private final int trailingSpaceStart;
        private final int numberMarkIndex;

        Line(String text, boolean heading, StringBuilder out) {
            this.text = text;
            this.heading = heading;
            this.out = out;
            int start = 0;
            while (start < text.length() && isSpaceOrTab(text.charAt(start))) {
                start++;
            }
            int end = text.length();
            while (end > start && isSpaceOrTab(text.charAt(end - 1))) {
                end--;
            }
            leadingSpaceEnd = start;
            trailingSpaceStart = end;
            numberMarkIndex = numberMarkIndex(text);
        }

        /**
         * Emphasis is a state toggled by asterisk runs. A link opens before and closes after its own
         * toggles, and gives back the emphasis it found, so emphasis and links nest as Markdown wants.
         */
        void write(List<Span> spans) {
            boolean bold = false;
            boolean italic = false;
            boolean boldOutside = false;
            boolean italicOutside = false;
            String link = null;
            int index = 0;
            for (Span span : spans) {
                if (link != null && !link.equals(span.link())) {
                    toggle(bold != boldOutside, italic != italicOutside);
                    bold = boldOutside;
                    italic = italicOutside;
                    closeLink(link);
                    link = null;
                }
                if (span.link() != null && link == null) {
                    out.append('[');
                    link = span.link();
                    boldOutside = bold;
                    italicOutside = italic;
                }
                toggle(bold != span.isBold(), italic != span.isItalic());
                bold = span.isBold();
                italic = span.isItalic();
                for (int i = 0; i < span.text().length(); i++) {
                    writeChar(index++);
                }
            }
            if (link != null) {
                toggle(bold != boldOutside, italic != italicOutside);
                bold = boldOutside;
                italic = italicOutside;
                closeLink(link);
            }
            toggle(bold, italic);
        }

        private void toggle(boolean bold, boolean italic) {
            if (bold) {
                out.append("**");
            }
            if (italic) {
                out.append('*');
            }
        }

        private void writeChar(int index) {
            char c = text.charAt(index);
            if (isSpaceOrTab(c) && (index < leadingSpaceEnd || index >= trailingSpaceStart)) {
                out.append(c == ' ' ? SPACE_ENTITY : TAB_ENTITY);
            } else if (needsEscape(c, index)) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }

        private boolean needsEscape(char c, int index) {
            return switch (c) {
                case '\\', '*', '_', '[', ']', '`', '<', '~' -> true;
                case '#' -> index == 0 || heading;
                case '>', '-', '+' -> index == 0;
                case '.', ')' -> index == numberMarkIndex;
                case '&' -> index + 1 < text.length() && startsEntity(text.charAt(index + 1));
                default -> false;
            };
        }

        private void closeLink(String url) {
            out.append("](");
            boolean angled = url.chars().anyMatch(c -> c == ' ' || c == '\t' || c == '<' || c == '>');
            if (angled) {
                out.append('<');
            }
            for (int i = 0; i < url.length(); i++) {
                char c = url.charAt(i);
                boolean escape = c == '\\' || (angled ? c == '<' || c == '>' : c == '(' || c == ')');
                if (escape) {
                    out.append('\\');
                }
                out.append(c);
            }
            out.append(angled ? ">)" : ")");
        }

        /** Where a line starting "12." or "3)" followed by a space or the end has its mark, else -1. */
        private static int numberMarkIndex(String text) {
            int i = 0;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            if (i == 0 || i >= text.length() || (text.charAt(i) != '.' && text.charAt(i) != ')')) {
                return -1;
            }
            return i + 1 == text.length() || isSpaceOrTab(text.charAt(i + 1)) ? i : -1;
        }

        private static boolean startsEntity(char next) {
            return next == '#' || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
        }
    }

    static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }
}
