package studio.quire.brand.kits;

import javafx.beans.value.ObservableBooleanValue;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;
import studio.quire.brand.VoiceRules;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The editor's changes to the open kit. Each is one undo step; one the kit's own rules refuse (two
 * colours of one name, a blank role) says why on the page's message line and changes nothing.
 * Nothing changes while the page is read-only or busy.
 */
public final class KitEdits {
    private final KitDraft draft;
    private final ObservableBooleanValue editable;
    private final Consumer<String> message;

    KitEdits(KitDraft draft, ObservableBooleanValue editable, Consumer<String> message) {
        this.draft = draft;
        this.editable = editable;
        this.message = message;
    }

    public void rename(String name) {
        attempt(() -> draft.rename(name));
    }

    public void addColour() {
        attempt(() -> draft.addColour(new KitColour(freeColourName(), "#808080")));
    }

    private String freeColourName() {
        String name = "Colour " + (draft.edited().colours().size() + 1);
        while (draft.edited().colour(name).isPresent()) {
            name = name + "′";
        }
        return name;
    }

    public void removeColour(int index) {
        attempt(() -> draft.removeColour(index));
    }

    public void moveColour(int index, int by) {
        attempt(() -> draft.moveColour(index, by));
    }

    public void addFont() {
        String role = draft.edited().font("Body").isPresent() ? "Role " + (draft.edited().fonts().size() + 1) : "Body";
        attempt(() -> draft.addFont(new KitFont(role, "System", 400, 32, 24, 48)));
    }

    public void removeFont(int index) {
        attempt(() -> draft.removeFont(index));
    }

    /** Changes one colour; false (and the reason said) when the kit's rules refuse the result. */
    public boolean changeColour(int index, UnaryOperator<KitColour> change) {
        return attempt(() -> draft.setColour(index, change.apply(draft.colours().get(index))));
    }

    /** Changes one font role; false (and the reason said) when the kit's rules refuse the result. */
    public boolean changeFont(int index, UnaryOperator<KitFont> change) {
        return attempt(() -> draft.setFont(index, change.apply(draft.fonts().get(index))));
    }

    /** Changes the voice rules; false (and the reason said) when they are refused. */
    public boolean changeVoice(UnaryOperator<VoiceRules> change) {
        return attempt(() -> draft.setVoice(change.apply(draft.edited().voice())));
    }

    /** Changes one asset's kit facts (name, minimum width, clear space). */
    public boolean changeAsset(int index, UnaryOperator<BrandAsset> change) {
        return attempt(() -> draft.setAsset(index, change.apply(draft.assets().get(index))));
    }

    private boolean attempt(Runnable edit) {
        if (!editable.get()) {
            return false;
        }
        try {
            edit.run();
            message.accept("");
            return true;
        } catch (IllegalArgumentException refused) {
            message.accept(refused.getMessage());
            return false;
        }
    }

}
