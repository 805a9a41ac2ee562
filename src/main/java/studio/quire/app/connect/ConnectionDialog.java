package studio.quire.app.connect;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The "Connect to a team server" form; binds to {@link ConnectionFormViewModel}. */
public final class ConnectionDialog extends Dialog<Boolean> {

    public ConnectionDialog(ConnectionFormViewModel form) {
        setTitle("Connect to a team server");
        setHeaderText("Work on your team's PostgreSQL server instead of this computer's database.");
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("dialog-form");
        grid.setHgap(10);
        grid.setVgap(8);
        // Labels whole (the pane is at most 600 px wide): the fields give way instead.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.addRow(row++, new Label("Profile name"), bound(form.nameProperty(), "profile-name"));
        grid.addRow(row++, new Label("Host"), bound(form.hostProperty(), "profile-host"));
        grid.addRow(row++, new Label("Port"), bound(form.portProperty(), "profile-port"));
        grid.addRow(row++, new Label("Database"), bound(form.databaseProperty(), "profile-database"));
        grid.addRow(row++, new Label("User"), bound(form.userProperty(), "profile-user"));
        ChoiceBox<String> ssl = new ChoiceBox<>();
        ssl.getItems().setAll(ConnectionFormViewModel.SSL_MODES);
        studio.quire.ui.Choices.fitWidest(ssl);
        ssl.valueProperty().bindBidirectional(form.sslModeProperty());
        grid.addRow(row++, new Label("SSL mode"), ssl);
        PasswordField password = new PasswordField();
        password.setId("profile-password");
        password.textProperty().bindBidirectional(form.passwordProperty());
        grid.addRow(row++, new Label("Password"), password);
        CheckBox remember = new CheckBox("Remember the password on this computer (in a file only you can read)");
        remember.selectedProperty().bindBidirectional(form.rememberPasswordProperty());
        remember.setWrapText(true);
        grid.add(remember, 1, row++);
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(form.problemProperty());
        grid.add(problem, 1, row);
        getDialogPane().setContent(grid);
        getDialogPane().lookupButton(connect).disableProperty().bind(form.problemProperty().isNotEmpty());
        setResultConverter(button -> button == connect);
    }

    private static TextField bound(javafx.beans.property.StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
