package studio.quire.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.Arrays;
import java.util.List;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * Every keyboard shortcut Quire has, in the groups and order of the list F1 shows. The views bind
 * their keys from here (and the menus their accelerators), so the list cannot drift from the keys.
 * A few come from elsewhere and are listed for the writer all the same: the text area's own undo
 * and redo, and the review screen's buttons, whose underlined letters give Alt+letter.
 */
public enum Shortcut {
    SHORTCUTS(Group.ANYWHERE, key(KeyCode.F1), "This list of shortcuts"),
    SHOW_PROJECTS(Group.ANYWHERE, shortcut(KeyCode.DIGIT1), "Projects"),
    SHOW_PEOPLE(Group.ANYWHERE, shortcut(KeyCode.DIGIT2), "People"),
    SHOW_MANUSCRIPT(Group.ANYWHERE, shortcut(KeyCode.DIGIT3), "The open manuscript"),
    SHOW_REVIEW(Group.ANYWHERE, shortcut(KeyCode.DIGIT4), "Review queue"),
    SHOW_INBOX(Group.ANYWHERE, shortcut(KeyCode.DIGIT5), "Inbox"),
    SHOW_WORKFLOWS(Group.ANYWHERE, shortcut(KeyCode.DIGIT6), "Workflows"),
    SHOW_BRAND_KITS(Group.ANYWHERE, shortcut(KeyCode.DIGIT7), "Brand kits"),
    THEME(Group.ANYWHERE, shortcutShift(KeyCode.T), "Light or dark theme"),
    QUIT(Group.ANYWHERE, shortcut(KeyCode.Q), "Quit"),

    NEW_PROJECT(Group.PROJECTS, shortcut(KeyCode.N), "New project"),
    OPEN_PROJECT(Group.PROJECTS, key(KeyCode.ENTER), "Open the selected project"),
    RENAME_PROJECT(Group.PROJECTS, key(KeyCode.F2), "Rename the selected project"),
    ARCHIVE_PROJECT(Group.PROJECTS, shortcut(KeyCode.E), "Archive or unarchive it"),
    PROJECT_GOALS(Group.PROJECTS, shortcut(KeyCode.G), "Word goal and deadline"),
    UNDO_PROJECT(Group.PROJECTS, shortcut(KeyCode.Z), "Undo the last rename or archive"),
    FILTER_PROJECTS(Group.PROJECTS, shortcut(KeyCode.F), "Filter by title (Esc clears)"),
    RELOAD_PROJECTS(Group.PROJECTS, key(KeyCode.F5), "Reload"),

    NEW_SIBLING(Group.BINDER, shortcut(KeyCode.ENTER), "New one after the selected"),
    NEW_CHILD(Group.BINDER, shortcutShift(KeyCode.ENTER), "New one inside the selected"),
    RENAME_NODE(Group.BINDER, key(KeyCode.F2), "Rename"),
    MOVE_UP(Group.BINDER, new KeyCodeCombination(KeyCode.UP, ALT_DOWN), "Move up"),
    MOVE_DOWN(Group.BINDER, new KeyCodeCombination(KeyCode.DOWN, ALT_DOWN), "Move down"),
    INDENT(Group.BINDER, key(KeyCode.TAB), "Move into the one above"),
    OUTDENT(Group.BINDER, new KeyCodeCombination(KeyCode.TAB, SHIFT_DOWN), "Move out of its parent"),
    TRASH(Group.BINDER, key(KeyCode.DELETE), "Move to the trash"),
    UNDO_BINDER(Group.BINDER, shortcut(KeyCode.Z), "Undo (brings trashed rows back)"),

    BOLD(Group.WRITING, shortcut(KeyCode.B), "Bold"),
    ITALIC(Group.WRITING, shortcut(KeyCode.I), "Italic"),
    LINK(Group.WRITING, shortcut(KeyCode.K), "Link on the selected words"),
    BODY(Group.WRITING, shortcutAlt(KeyCode.DIGIT0), "Body text"),
    HEADING_1(Group.WRITING, shortcutAlt(KeyCode.DIGIT1), "Heading 1"),
    HEADING_2(Group.WRITING, shortcutAlt(KeyCode.DIGIT2), "Heading 2"),
    HEADING_3(Group.WRITING, shortcutAlt(KeyCode.DIGIT3), "Heading 3"),
    BULLETED_LIST(Group.WRITING, shortcutShift(KeyCode.DIGIT8), "Bulleted list"),
    NUMBERED_LIST(Group.WRITING, shortcutShift(KeyCode.DIGIT7), "Numbered list"),
    QUOTE(Group.WRITING, shortcutShift(KeyCode.PERIOD), "Quote"),
    UNDO_TYPING(Group.WRITING, shortcut(KeyCode.Z), "Undo"),
    REDO_TYPING(Group.WRITING, shortcut(KeyCode.Y), "Redo"),
    FIND(Group.WRITING, shortcut(KeyCode.F), "Find in the section"),
    REPLACE(Group.WRITING, shortcut(KeyCode.H), "Find and replace"),
    NEXT_MATCH(Group.WRITING, key(KeyCode.F3), "Next match"),
    PREVIOUS_MATCH(Group.WRITING, new KeyCodeCombination(KeyCode.F3, SHIFT_DOWN), "Previous match"),
    NAMED_REVISION(Group.WRITING, shortcutShift(KeyCode.S), "Keep a named revision"),
    FOCUS_MODE(Group.WRITING, key(KeyCode.F11), "Focus mode (Esc leaves it)"),
    OPEN_REVISION(Group.WRITING, key(KeyCode.ENTER), "Open the selected revision"),

    OPEN_REVIEW(Group.REVIEW, key(KeyCode.ENTER), "Open the selected item"),
    APPROVE(Group.REVIEW, alt(KeyCode.A), "Approve"),
    REQUEST_CHANGES(Group.REVIEW, alt(KeyCode.C), "Request changes"),
    REJECT(Group.REVIEW, alt(KeyCode.J), "Reject"),
    TAKE(Group.REVIEW, alt(KeyCode.T), "Take the step"),
    GIVE_BACK(Group.REVIEW, alt(KeyCode.B), "Give the step back"),
    DELEGATE(Group.REVIEW, alt(KeyCode.D), "Delegate"),
    PUBLISH(Group.REVIEW, alt(KeyCode.P), "Publish what was approved"),
    DISCARD(Group.REVIEW, alt(KeyCode.I), "Discard the request"),
    COMMENT(Group.REVIEW, shortcutAlt(KeyCode.M), "Comment on the selected words"),
    POST_COMMENT(Group.REVIEW, shortcut(KeyCode.ENTER), "Post the comment"),
    BACK_TO_QUEUE(Group.REVIEW, key(KeyCode.ESCAPE), "Back to the queue"),
    OPEN_NOTIFICATION(Group.INBOX, key(KeyCode.ENTER), "Open the selected"),
    MARK_ALL_READ(Group.INBOX, shortcutShift(KeyCode.R), "Mark everything read"),

    NEXT_CHANGE(Group.COMPARING, key(KeyCode.F7), "Next change"),
    PREVIOUS_CHANGE(Group.COMPARING, new KeyCodeCombination(KeyCode.F7, SHIFT_DOWN), "Previous change"),
    UNDO_MERGE(Group.COMPARING, shortcut(KeyCode.Z), "Undo the last accept or reject"),
    CLOSE_COMPARISON(Group.COMPARING, key(KeyCode.ESCAPE), "Close the comparison"),

    SAVE_WORKFLOW(Group.WORKFLOWS, shortcut(KeyCode.S), "Save the workflow"),
    UNDO_WORKFLOW(Group.WORKFLOWS, shortcut(KeyCode.Z), "Undo the last edit"),

    SAVE_KIT(Group.BRAND_KITS, shortcut(KeyCode.S), "Save the brand kit"),
    UNDO_KIT(Group.BRAND_KITS, shortcut(KeyCode.Z), "Undo the last edit");

    /** Where a shortcut works, as the F1 list heads it. */
    public enum Group {
        ANYWHERE("Anywhere"),
        PROJECTS("Projects"),
        BINDER("Binder"),
        WRITING("Writing"),
        REVIEW("Review"),
        INBOX("Inbox"),
        COMPARING("Comparing drafts"),
        WORKFLOWS("Workflows"),
        BRAND_KITS("Brand kits");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        /** The shortcuts of this group, in the list's order. */
        public List<Shortcut> shortcuts() {
            return Arrays.stream(Shortcut.values()).filter(s -> s.group == this).toList();
        }
    }

    private final Group group;
    private final KeyCombination key;
    private final String action;

    Shortcut(Group group, KeyCombination key, String action) {
        this.group = group;
        this.key = key;
        this.action = action;
    }

    public Group group() {
        return group;
    }

    public KeyCombination key() {
        return key;
    }

    /** What the key does, in a few words. */
    public String action() {
        return action;
    }

    /** The key as the writer reads it: "Ctrl+Shift+S", "F11", "Ctrl+Shift+.", "Enter" (words, not symbols). */
    public String keyText() {
        KeyCodeCombination combination = (KeyCodeCombination) key;
        StringBuilder text = new StringBuilder();
        if (combination.getShortcut() == KeyCombination.ModifierValue.DOWN
                || combination.getControl() == KeyCombination.ModifierValue.DOWN) {
            text.append(MAC ? "Cmd+" : "Ctrl+");
        }
        if (combination.getAlt() == KeyCombination.ModifierValue.DOWN) {
            text.append(MAC ? "Option+" : "Alt+");
        }
        if (combination.getShift() == KeyCombination.ModifierValue.DOWN) {
            text.append("Shift+");
        }
        KeyCode code = combination.getCode();
        return text.append(code == KeyCode.PERIOD ? "." : code.getName()).toString();
    }

    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    private static KeyCombination alt(KeyCode code) {
        return new KeyCodeCombination(code, ALT_DOWN);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, SHORTCUT_DOWN, SHIFT_DOWN);
    }

    private static KeyCombination shortcutAlt(KeyCode code) {
        return new KeyCodeCombination(code, SHORTCUT_DOWN, ALT_DOWN);
    }
}
