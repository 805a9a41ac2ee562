package studio.quire.text;

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
    private final Finder closeBracket = new Finder(']');
    private final Finder closeParenthesis = new Finder(')');
    private final Finder closeAngle = new Finder('>');

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
            } else if (isEscape(index)) {
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
        int close = closeBracket.next(index + 1);
        if (close < 0 || close + 1 >= end || text.charAt(close + 1) != '(') {
            return false;
        }
        boolean angled = close + 2 < end && text.charAt(close + 2) == '<';
        int urlStart = close + (angled ? 3 : 2);
        int stop = (angled ? closeAngle : closeParenthesis).next(urlStart);
        if (stop < 0 || (angled && (stop + 1 >= end || text.charAt(stop + 1) != ')'))) {
            return false;
        }
        StringBuilder url = new StringBuilder(stop - urlStart);
        for (int i = urlStart; i < stop; i++) {
            char c = text.charAt(i);
            url.append(isEscape(i) ? text.charAt(++i) : c);
        }
        flush();
        link = url.toString();
        linkTextEnd = close;
        afterLink = stop + (angled ? 2 : 1);
        return true;
    }

    private boolean isEscape(int i) {
        return text.charAt(i) == '\\' && i + 1 < end && isAsciiPunctuation(text.charAt(i + 1));
    }

    /**
     * Finds the next unescaped occurrence of one character and remembers it, so that many unmatched
     * brackets on one line cost one scan, not one scan each.
     */
    private final class Finder {
        private final char wanted;
        private int searchedFrom = Integer.MAX_VALUE;
        private int found = -1;

        Finder(char wanted) {
            this.wanted = wanted;
        }

        int next(int from) {
            if (from >= searchedFrom && (found < 0 || from <= found)) {
                return found;
            }
            searchedFrom = from;
            found = -1;
            for (int i = from; i < end; i++) {
                if (isEscape(i)) {
                    i++;
                } else if (text.charAt(i) == wanted) {
                    found = i;
                    break;
                }
            }
            return found;
        }
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
