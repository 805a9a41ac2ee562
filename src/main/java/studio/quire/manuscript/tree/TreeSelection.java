package studio.quire.manuscript.tree;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The binder's selection: a lead (what the editor follows) and every selected node beside it.
 * Setting the lead alone selects it alone; a reload keeps what it can of both.
 */
final class TreeSelection {
    static final String MIXED_PARENTS = "The selection spans several parents: move up/down, indent and outdent "
            + "work on siblings only; drag and trash work on all.";

    private final ObjectProperty<ManuscriptNodeViewModel> lead = new SimpleObjectProperty<>();
    private final ObservableList<ManuscriptNodeViewModel> all = FXCollections.observableArrayList();

    TreeSelection(TreeMoves moves, StringProperty message) {
        lead.addListener((obs, was, now) -> {
            if (now == null) {
                all.clear();
            } else if (!all.contains(now)) {
                all.setAll(List.of(now));
            }
        });
        all.addListener((ListChangeListener<ManuscriptNodeViewModel>) change -> {
            if (all.size() > 1 && moves.siblingGroup(all).isEmpty()) {
                message.set(MIXED_PARENTS);
            } else if (MIXED_PARENTS.equals(message.get())) {
                message.set("");
            }
        });
    }

    ObjectProperty<ManuscriptNodeViewModel> lead() {
        return lead;
    }

    ObservableList<ManuscriptNodeViewModel> all() {
        return all;
    }

    /** What the commands act on: the whole selection when it holds the lead, else the lead alone. */
    List<ManuscriptNodeViewModel> targets() {
        ManuscriptNodeViewModel n = lead.get();
        if (n == null) {
            return List.of();
        }
        return all.size() > 1 && all.contains(n) ? List.copyOf(all) : List.of(n);
    }

    /**
     * After a reload: selects the nodes a change asked for ({@code chosen}, the current lead
     * leading if it is among them), or else keeps the selection as it was, by id.
     */
    void restore(TreePatcher patcher, List<UUID> chosen) {
        List<UUID> keep = chosen != null ? chosen : all.stream().map(ManuscriptNodeViewModel::id).toList();
        UUID current = lead.get() == null ? null : lead.get().id();
        UUID leadId = chosen != null && !chosen.isEmpty() ? (current != null && chosen.contains(current) ? current : chosen.get(0)) : current;
        ManuscriptNodeViewModel leadNode = patcher.node(leadId).orElse(null);
        List<ManuscriptNodeViewModel> nodes = keep.stream().map(patcher::node).flatMap(Optional::stream).toList();
        if (leadNode == null) {
            nodes = List.of();
        } else if (!nodes.contains(leadNode)) {
            nodes = List.of(leadNode);
        }
        if (!all.equals(nodes)) {
            all.setAll(nodes);
        }
        lead.set(leadNode);
    }
}
