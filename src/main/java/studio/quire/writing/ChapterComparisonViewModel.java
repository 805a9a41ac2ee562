package studio.quire.writing;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import studio.quire.compare.ComparedText;
import studio.quire.compare.ComparisonRequest;
import studio.quire.manuscript.tree.ManuscriptNodeViewModel;
import studio.quire.manuscript.NodeKind;
import studio.quire.ui.Command;
import studio.quire.ui.DateTexts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Comparing a whole chapter (or part, or book) with its text as it was at the end of a chosen day:
 * offered when the binder's selection holds sections rather than being one. Each section's older
 * text is what the database knew at that moment ({@code ChapterHistoryRepository}): its current text
 * if unchanged since, else its newest revision kept by then. The comparison is for reading and
 * sharing, not merging.
 */
public final class ChapterComparisonViewModel {

    /** Reads the sections under a node with their texts as of a time and now; called in the background. */
    @FunctionalInterface
    public interface SectionsSince {
        List<ComparedText> since(UUID nodeId, OffsetDateTime asOf) throws Exception;
    }

    private final SectionsSince texts;
    private final Clock clock;
    private final ObjectProperty<Chosen> node = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final BooleanBinding available;
    private final StringBinding prompt;
    private final Command compare;
    private Consumer<ComparisonRequest> onCompare = request -> { };

    public ChapterComparisonViewModel(SectionsSince texts, Clock clock) {
        this.texts = Objects.requireNonNull(texts);
        this.clock = Objects.requireNonNull(clock);
        day.set(LocalDate.now(clock).minusDays(1));
        available = Bindings.createBooleanBinding(() -> node.get() != null && node.get().kind() != NodeKind.SECTION, node);
        prompt = Bindings.createStringBinding(() -> node.get() == null ? ""
                : "Compare “" + node.get().title() + "” with its text at the end of", node);
        compare = Command.of(this::compareChosen,
                available.and(Bindings.createBooleanBinding(() -> choosable(day.get()), day)));
    }

    /** Follows the binder's lead selection, from the node selected now on, and its renames. */
    public void follow(ObservableValue<ManuscriptNodeViewModel> selected) {
        InvalidationListener retitled = title -> chooseNode(selected.getValue());
        selected.addListener((obs, old, now) -> {
            if (old != null) {
                old.titleProperty().removeListener(retitled);
            }
            if (now != null) {
                now.titleProperty().addListener(retitled);
            }
            chooseNode(now);
        });
        if (selected.getValue() != null) {
            selected.getValue().titleProperty().addListener(retitled);
        }
        chooseNode(selected.getValue());
    }

    private void chooseNode(ManuscriptNodeViewModel node) {
        choose(node == null ? null : new Chosen(node.id(), node.titleProperty().get(), node.kindProperty().get()));
    }

    /** The node the binder has selected (null: none). */
    public void choose(Chosen chosen) {
        node.set(chosen);
    }

    /** A node of the binder, as far as comparing it goes. */
    public record Chosen(UUID id, String title, NodeKind kind) {
    }

    private void compareChosen() {
        Chosen chosen = node.get();
        UUID id = chosen.id();
        String title = chosen.title();
        LocalDate when = day.get();
        OffsetDateTime asOf = OffsetDateTime.now(clock);
        if (when.isBefore(LocalDate.now(clock))) {
            asOf = when.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        }
        OffsetDateTime at = asOf;
        String older = "As it was at the end of " + DateTexts.date(when);
        onCompare.accept(new ComparisonRequest("“" + title + "”: " + DateTexts.date(when) + " ↔ now", older, "Current text",
                () -> texts.since(id, at), null));
    }

    /** Where a comparison to show goes (the studio opens a comparison window), on the FX thread. */
    public void setOnCompare(Consumer<ComparisonRequest> consumer) {
        onCompare = Objects.requireNonNull(consumer);
    }

    /** Whether the selection is a chapter, part or book, so there is something to compare. */
    public BooleanBinding availableProperty() {
        return available;
    }

    /** "Compare “Chapter 3” with its text at the end of" */
    public StringBinding promptProperty() {
        return prompt;
    }

    /** The day whose end the older side shows; yesterday to begin with. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** Whether {@code date} can be chosen: not after today. */
    public boolean choosable(LocalDate date) {
        return date != null && !date.isAfter(LocalDate.now(clock));
    }

    public Command compareCommand() {
        return compare;
    }
}
