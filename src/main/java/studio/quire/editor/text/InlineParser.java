package studio.quire.editor.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the inline part of one line: backslash escapes, the two whitespace entities, runs of
 * asterisks that toggle emphasis (one: italic, two: bold, three: both) and links
 * {@code [text](address)} or {@code [text](<address>)}. Linear in the length of the line, even on
 * hand-written text full of unmatched brackets.
 */
final class InlineParser {
    private final String text;
    private final int end;
    private final List<Span> spans = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private int index;
    private boolean bold;
    private boolean italic;
    private String link;
    private int linkTextEnd = -1;
    private int afterLink;
    /** The first unescaped ']' at or after {@link #closeSearchedFrom}, or -1; cached for linearity. */
    private int knownClose = -2;
    private int closeSearchedFrom;
    /** A ']' already known not to be followed by a valid address. */
    private int failedClose = -1;

    InlineParser(String text, int start, int end) {
        this.text = text;
        this.index = start;
        this.end = end;
    }

    List<Span> spans() {
        while (index < end) {
            char c = text.charAt(index);
            if (link != null && index == linkTextEnd) {
                flush();
                link = null;
                index = afterLink;
            } else if (c == '\\' && index + 1 < end && isAsciiPunctuation(text.charAt(index + 1))) {
                run.append(text.charAt(index + 1));
                index += 2;
            } else if (c == '*') {
                toggleEmphasis();
            } else if (c == '&' && text.startsWith(MarkdownWriter.SPACE_ENTITY, index)
                    && index + MarkdownWriter.SPACE_ENTITY.length() <= end) {
                run.append(' ');
                index += MarkdownWriter.SPACE_ENTITY.length();
            } else if (c == '&' && text.startsWith(MarkdownWriter.TAB_ENTITY, index)
                    && index + MarkdownWriter.TAB_ENTITY.length() <= end) {
                run.append('\t');
                index += MarkdownWriter.TAB_ENTITY.length();
            } else if (c == '[' && link == null && startsLink()) {
                index++;
            } else {
                run.append(c);
                index++;
            }
        }
        flush();
        return spans;
    }

    private void toggleEmphasis() {
        int stars = 0;
        while (index < end && text.charAt(index) == '*') {
            stars++;
            index++;
        }
        flush();
        bold ^= (stars / 2) % 2 == 1;
        italic ^= stars % 2 == 1;
    }

    /** At a '[': when a whole link follows, enters it and returns true. */
    private boolean startsLink() {
        int close = firstUnescapedClose(index + 1);
        if (close < 0 || close == failedClose || close + 1 >= end || text.charAt(close + 1) != '(') {
            return false;
        }
        failedClose = close;
        boolean angled = close + 2 < end && text.charAt(close + 2) == '<';
        char stop = angled ? '>' : ')';
        StringBuilder url = new StringBuilder();
        for (int i = close + (angled ? 3 : 2); i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < end && isAsciiPunctuation(text.charAt(i + 1))) {
                url.append(text.charAt(++i));
            } else if (c == stop) {
                if (angled && (i + 1 >= end || text.charAt(i + 1) != ')')) {
                    return false;
                }
                failedClose = -1;
                flush();
                link = url.toString();
                linkTextEnd = close;
                afterLink = i + (angled ? 2 : 1);
                return true;
            } else {
                url.append(c);
            }
        }
        return false;
    }

    private int firstUnescapedClose(int from) {
        if (knownClose != -2 && from >= closeSearchedFrom && (knownClose < 0 || from <= knownClose)) {
            return knownClose;
        }
        closeSearchedFrom = from;
        knownClose = -1;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < end && isAsciiPunctuation(text.charAt(i + 1))) {
                i++;
            } else if (c == ']') {
                knownClose = i;
                break;
            }
        }
        return knownClose;
    }

    private void flush() {
        if (run.length() > 0) {
            Set<Style> styles = EnumSet.noneOf(Style.class);
            if (bold) {
                styles.add(Style.BOLD);
            }
            if (italic) {
                styles.add(Style.ITALIC);
            }
            spans.add(new Span(run.toString(), styles, link));
            run.setLength(0);
        }
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
