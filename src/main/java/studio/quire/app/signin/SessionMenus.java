package studio.quire.app.signin;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

import studio.quire.session.Session;

/** The File menu's Switch person and Organization lists, filled from the main window's model. */
public final class SessionMenus {
    private SessionMenus() {
    }

    /** Whom one can become (embedded mode), the signed-in person checked. */
    public static void fillPeople(Menu menu, SessionViewModel viewModel) {
        ToggleGroup group = new ToggleGroup();
        String me = viewModel.sessionProperty().get() == null ? null
                : viewModel.sessionProperty().get().identity().loginName();
        menu.getItems().setAll(viewModel.switchablePeople().stream().map(person -> {
            RadioMenuItem item = new RadioMenuItem(person.label());
            // A display name is not a mnemonic: "Wren_Writer" must not lose its underscore.
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(person.login().equals(me));
            item.setOnAction(e -> viewModel.switchPerson(person));
            return (MenuItem) item;
        }).toList());
    }

    /** The signed-in person's organizations, shown only when there is more than one. */
    public static void fillOrganizations(Menu menu, SessionViewModel viewModel, Session session) {
        ToggleGroup group = new ToggleGroup();
        menu.getItems().setAll(viewModel.organizations().stream().map(m -> {
            RadioMenuItem item = new RadioMenuItem(m.orgName() + " (" + m.role().label() + ")");
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(session != null && m.orgId().equals(session.organization().orgId()));
            item.setOnAction(e -> viewModel.switchOrganization(m));
            return (MenuItem) item;
        }).toList());
        menu.setVisible(menu.getItems().size() > 1);
    }
}
