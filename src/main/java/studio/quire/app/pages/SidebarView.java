package studio.quire.app.pages;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import studio.quire.project.Project;
import studio.quire.ui.Command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sidebar: one item per page, in the order of the pages' list, with a count beside those that
 * keep one. An item that cannot be chosen while not connected is disabled; one offered only to
 * some (People) or only at times (the open project, under its title) is hidden otherwise.
 */
public final class SidebarView extends VBox {
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final Map<String, Label> counts = new LinkedHashMap<>();
    private final List<SidebarPage> pages;

    /** @param chosen runs after an item is chosen (the window shows the page, or keeps the item selected) */
    public SidebarView(List<SidebarPage> pages, NavigationViewModel navigation, Runnable chosen) {
        this.pages = pages;
        setId("sidebar");
        getStyleClass().add("sidebar");
        Label brand = new Label("Quire");
        brand.getStyleClass().add("sidebar-brand");
        getChildren().add(brand);
        ToggleGroup group = new ToggleGroup();
        for (SidebarPage page : pages) {
            Command show = navigation.showCommand(page.id());
            ToggleButton button = new ToggleButton(page.label());
            button.setId(page.id() + "Button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("sidebar-item");
            button.setToggleGroup(group);
            button.setOnAction(e -> {
                show.execute();
                chosen.run();
            });
            if (page.availability() == PageAvailability.EVERYONE) {
                button.disableProperty().bind(show.executableProperty().not());
            } else {
                button.visibleProperty().bind(show.executableProperty());
                button.managedProperty().bind(button.visibleProperty());
            }
            if (page.lifetime() == SidebarPage.Lifetime.PROJECT) {
                nameAfterTheProject(button, page, navigation);
            }
            buttons.put(page.id(), button);
            if (page.counted()) {
                Label count = SidebarBadges.badge(page.id() + "Badge");
                counts.put(page.id(), count);
                getChildren().add(SidebarBadges.holder(button, count));
            } else {
                getChildren().add(button);
            }
        }
        // A toggle that is clicked again must stay selected: the page is still shown.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
    }

    private static void nameAfterTheProject(ToggleButton button, SidebarPage page, NavigationViewModel navigation) {
        button.textProperty().bind(Bindings.createStringBinding(() -> {
            Project open = navigation.openProjectProperty().get();
            return open == null ? page.label() : open.title();
        }, navigation.openProjectProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(button.textProperty());
        button.setTooltip(tip);
    }

    /** Icons come a frame after the window (the icon font is slow to load). */
    public void addIcons() {
        for (SidebarPage page : pages) {
            buttons.get(page.id()).setGraphic(new FontIcon(page.icon()));
        }
    }

    /** Selects the item of the page shown, and only that one. */
    public void select(String shown) {
        buttons.forEach((id, button) -> button.setSelected(id.equals(shown)));
    }

    /** Shows {@code count} beside the item of the counted page {@code id}. */
    public void showCount(String id, ObservableStringValue count) {
        Label badge = counts.get(id);
        if (badge != null) {
            badge.textProperty().bind(count);
        }
    }

    /** No counts (the session's pages are gone). */
    public void clearCounts() {
        for (Label badge : counts.values()) {
            badge.textProperty().unbind();
            badge.setText("");
        }
    }
}
