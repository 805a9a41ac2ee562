package studio.quire.brand.kits;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;
import studio.quire.brand.PreferredTerm;
import studio.quire.brand.VoiceRules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The working copy of the brand kit being edited. Every edit replaces the whole kit with a changed
 * copy (a kit is a few dozen small values), so undo is a stack of earlier copies and Revert is the
 * kit as loaded or last saved. The lists are what the editor's tables show.
 */
public final class KitDraft {
    private static final int UNDO_DEPTH = 100;

    private final ReadOnlyObjectWrapper<BrandKit> kit = new ReadOnlyObjectWrapper<>();
    private final ObservableList<KitColour> colours = FXCollections.observableArrayList();
    private final ObservableList<KitFont> fonts = FXCollections.observableArrayList();
    private final ObservableList<PreferredTerm> terms = FXCollections.observableArrayList();
    private final ObservableList<BrandAsset> assets = FXCollections.observableArrayList();
    private final ObservableList<KitColour> readOnlyColours = FXCollections.unmodifiableObservableList(colours);
    private final ObservableList<KitFont> readOnlyFonts = FXCollections.unmodifiableObservableList(fonts);
    private final ObservableList<PreferredTerm> readOnlyTerms = FXCollections.unmodifiableObservableList(terms);
    private final ObservableList<BrandAsset> readOnlyAssets = FXCollections.unmodifiableObservableList(assets);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final Deque<BrandKit> undo = new ArrayDeque<>();
    private BrandKit original;

    /** Starts editing this kit (null: nothing to edit); forgets the undo steps. */
    void start(BrandKit loaded) {
        original = loaded;
        undo.clear();
        show(loaded);
    }

    /** The kit was saved as {@code saved}: it is what Revert returns to now; the undo steps stay. */
    void saved(BrandKit saved) {
        original = saved;
        show(saved);
    }

    /**
     * Someone else saved the kit: their version becomes what Revert returns to and what the next
     * save checks against; the edits stay.
     */
    void rebase(BrandKit theirs) {
        original = theirs;
        BrandKit mine = kit.get();
        show(mine == null ? theirs : mine.atVersion(theirs.version()));
    }

    /**
     * Applies an edit; a change the kit's own rules refuse (two colours of one name, say) throws
     * {@link IllegalArgumentException} with the reason and changes nothing.
     */
    void edit(UnaryOperator<BrandKit> change) {
        BrandKit before = kit.get();
        if (before == null) {
            return;
        }
        BrandKit after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        undo.push(before);
        while (undo.size() > UNDO_DEPTH) {
            undo.removeLast();
        }
        show(after);
    }

    void undo() {
        if (!undo.isEmpty()) {
            show(undo.pop());
        }
    }

    void revert() {
        if (original != null && !original.equals(kit.get())) {
            undo.push(kit.get());
            show(original);
        }
    }

    /** The kit as edited, at the version it was loaded or saved at; null when none is open. */
    public BrandKit edited() {
        return kit.get();
    }

    BrandKit original() {
        return original;
    }

    private void show(BrandKit shown) {
        kit.set(shown);
        colours.setAll(shown == null ? List.of() : shown.colours());
        fonts.setAll(shown == null ? List.of() : shown.fonts());
        terms.setAll(shown == null ? List.of() : shown.voice().preferredTerms());
        assets.setAll(shown == null ? List.of() : shown.assets());
        dirty.set(shown != null && original != null && !withoutVersion(shown).equals(withoutVersion(original)));
        canUndo.set(!undo.isEmpty());
    }

    private static BrandKit withoutVersion(BrandKit k) {
        return k.atVersion(0);
    }

    // The edits the editor offers, each one undo step.

    void rename(String name) {
        edit(k -> k.withName(name));
    }

    void setColour(int index, KitColour colour) {
        edit(k -> k.withColours(replaced(k.colours(), index, colour)));
    }

    void addColour(KitColour colour) {
        edit(k -> k.withColours(added(k.colours(), colour)));
    }

    void removeColour(int index) {
        edit(k -> k.withColours(removed(k.colours(), index)));
    }

    void moveColour(int index, int by) {
        edit(k -> k.withColours(moved(k.colours(), index, by)));
    }

    void setFont(int index, KitFont font) {
        edit(k -> k.withFonts(replaced(k.fonts(), index, font)));
    }

    void addFont(KitFont font) {
        edit(k -> k.withFonts(added(k.fonts(), font)));
    }

    void removeFont(int index) {
        edit(k -> k.withFonts(removed(k.fonts(), index)));
    }

    void setVoice(VoiceRules voice) {
        edit(k -> k.withVoice(voice));
    }

    void setAsset(int index, BrandAsset asset) {
        edit(k -> k.withAssets(replaced(k.assets(), index, asset)));
    }

    static <T> List<T> replaced(List<T> list, int index, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, item);
        return copy;
    }

    static <T> List<T> added(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    static <T> List<T> removed(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    static <T> List<T> moved(List<T> list, int index, int by) {
        int to = index + by;
        if (to < 0 || to >= list.size()) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        copy.add(to, copy.remove(index));
        return copy;
    }

    public ReadOnlyObjectProperty<BrandKit> kitProperty() {
        return kit.getReadOnlyProperty();
    }

    public ObservableList<KitColour> colours() {
        return readOnlyColours;
    }

    public ObservableList<KitFont> fonts() {
        return readOnlyFonts;
    }

    public ObservableList<PreferredTerm> terms() {
        return readOnlyTerms;
    }

    public ObservableList<BrandAsset> assets() {
        return readOnlyAssets;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
