package studio.quire.brand.kits;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import studio.quire.brand.BrandKit;
import studio.quire.brand.PreferredTerm;
import studio.quire.brand.VoiceRules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the brand writes: words never to use (one per line), terms to prefer, the longest sentence,
 * and the band of reading ease its texts should keep to. The compliance check reads these rules.
 */
final class VoiceEditor extends VBox {
    private final KitDraft draft;
    private final KitEdits edits;
    private final ObservableBooleanValue editable;
    private final TextArea banned = new TextArea();
    private final GridPane terms = new GridPane();
    private final Spinner<Integer> longest = new Spinner<>(0, 500, 0, 1);
    private final RangeSlider ease = new RangeSlider(0, 100, 0, 100);
    private final Label easeText = new Label();
    private boolean showing;

    VoiceEditor(KitDraft draft, KitEdits edits, ObservableBooleanValue editable) {
        this.draft = draft;
        this.edits = edits;
        this.editable = editable;
        setSpacing(8);
        Label title = new Label("Voice");
        title.getStyleClass().add("section-title");
        banned.setPromptText("One word or phrase per line, such as “cheap” or “world-class”");
        banned.setPrefRowCount(3);
        banned.setAccessibleText("Banned words, one per line");
        banned.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitBanned();
            }
        });
        longest.setEditable(true);
        longest.setPrefWidth(90);
        longest.setAccessibleText("Longest sentence in words");
        longest.valueProperty().addListener((obs, o, n) -> {
            if (!showing && n != null) {
                change(v -> new VoiceRules(v.bannedWords(), v.preferredTerms(), n, v.minReadingEase(), v.maxReadingEase()));
            }
        });
        ease.setShowTickLabels(true);
        ease.setShowTickMarks(true);
        ease.setMajorTickUnit(10);
        ease.setSnapToTicks(false);
        ease.setBlockIncrement(5);
        ease.setPrefWidth(320);
        ease.setAccessibleText("Reading ease band");
        ease.lowValueChangingProperty().addListener((obs, was, is) -> commitEase(is));
        ease.highValueChangingProperty().addListener((obs, was, is) -> commitEase(is));
        ease.lowValueProperty().addListener((obs, o, n) -> showEase());
        ease.highValueProperty().addListener((obs, o, n) -> showEase());
        Button addTerm = new Button("Add preferred term");
        addTerm.setOnAction(e -> change(v -> new VoiceRules(v.bannedWords(), KitDraft.added(v.preferredTerms(),
                new PreferredTerm("sign in", freeInsteadOf(v))), v.maxSentenceWords(), v.minReadingEase(), v.maxReadingEase())));
        terms.getStyleClass().add("term-grid");
        for (var control : List.of(banned, longest, ease, addTerm)) {
            control.disableProperty().bind(Bindings.not(editable));
        }
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(title,
                labelled("Banned words", banned),
                new HBox(8, labelFor("Preferred terms"), grow, addTerm), terms,
                new HBox(8, labelFor("Longest sentence (words, 0 for no limit)"), longest),
                new HBox(8, labelFor("Reading ease (Flesch)"), ease, easeText));
        draft.kitProperty().addListener((obs, o, n) -> show(n));
        draft.terms().addListener((ListChangeListener<PreferredTerm>) c -> showTerms());
        show(draft.edited());
    }

    private static String freeInsteadOf(VoiceRules v) {
        return v.preferredTerms().stream().anyMatch(t -> t.insteadOf().equalsIgnoreCase("log in")) ? "login" : "log in";
    }

    private void show(BrandKit kit) {
        showing = true;
        VoiceRules v = kit == null ? VoiceRules.NONE : kit.voice();
        banned.setText(String.join("\n", v.bannedWords()));
        longest.getValueFactory().setValue(v.maxSentenceWords());
        ease.setLowValue(v.minReadingEase());
        ease.setHighValue(v.maxReadingEase());
        showing = false;
        showEase();
        showTerms();
    }

    private void showEase() {
        easeText.setText(Math.round(ease.getLowValue()) + " to " + Math.round(ease.getHighValue()) + ": "
                + ReadingEaseWords.band(ease.getLowValue(), ease.getHighValue()));
    }

    private void commitEase(boolean stillMoving) {
        if (!stillMoving && !showing) {
            double low = Math.round(ease.getLowValue());
            double high = Math.round(ease.getHighValue());
            change(v -> new VoiceRules(v.bannedWords(), v.preferredTerms(), v.maxSentenceWords(), low, high));
        }
    }

    private void commitBanned() {
        List<String> words = new ArrayList<>(Arrays.stream(banned.getText().split("\\R")).map(String::strip)
                .filter(w -> !w.isEmpty()).distinct().toList());
        change(v -> new VoiceRules(words, v.preferredTerms(), v.maxSentenceWords(), v.minReadingEase(), v.maxReadingEase()));
    }

    private void showTerms() {
        terms.getChildren().clear();
        List<PreferredTerm> list = draft.terms();
        if (list.isEmpty()) {
            Label none = new Label("None yet.");
            none.getStyleClass().add("hint");
            terms.add(none, 0, 0);
            return;
        }
        terms.add(head("Use"), 0, 0);
        terms.add(head("Instead of"), 1, 0);
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            PreferredTerm term = list.get(i);
            CommittingField use = new CommittingField(term.use(), "sign in", text -> setTerm(index, new String[]{text, null}));
            use.setAccessibleText("Preferred term " + (i + 1));
            CommittingField instead = new CommittingField(term.insteadOf(), "log in",
                    text -> setTerm(index, new String[]{null, text}));
            instead.setAccessibleText("Term it replaces " + (i + 1));
            Button remove = new Button("Remove");
            remove.getStyleClass().add("small");
            remove.setTooltip(new Tooltip("Remove this preferred term"));
            remove.setOnAction(e -> change(v -> new VoiceRules(v.bannedWords(), KitDraft.removed(v.preferredTerms(), index),
                    v.maxSentenceWords(), v.minReadingEase(), v.maxReadingEase())));
            for (var control : List.of(use, instead, remove)) {
                control.disableProperty().bind(Bindings.not(editable));
            }
            terms.addRow(i + 1, use, instead, remove);
        }
    }

    private void setTerm(int index, String[] useOrInstead) {
        change(v -> {
            PreferredTerm old = v.preferredTerms().get(index);
            PreferredTerm changed = new PreferredTerm(useOrInstead[0] != null ? useOrInstead[0] : old.use(),
                    useOrInstead[1] != null ? useOrInstead[1] : old.insteadOf());
            return new VoiceRules(v.bannedWords(), KitDraft.replaced(v.preferredTerms(), index, changed),
                    v.maxSentenceWords(), v.minReadingEase(), v.maxReadingEase());
        });
    }

    private void change(java.util.function.UnaryOperator<VoiceRules> change) {
        if (!showing && !edits.changeVoice(change)) {
            show(draft.edited()); // refused: show the rules as they still are
        }
    }

    private static Label head(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("column-head");
        return l;
    }

    private static Label labelFor(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static VBox labelled(String text, javafx.scene.Node control) {
        Label l = new Label(text);
        l.setLabelFor(control);
        return new VBox(4, l, control);
    }
}
