package studio.quire.app.signin;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import studio.quire.ui.Fxml;

/**
 * What the window shows in place of the pages until someone is signed in: connecting, why it could
 * not connect (with a retry, a team server, this computer's database), another Quire holding the
 * data directory, or the password a team server asks for.
 */
public final class SignInView extends StackPane {
    private final SessionViewModel viewModel;

    @FXML private VBox connectingCard;
    @FXML private Label progressLabel;
    @FXML private VBox failureCard;
    @FXML private Label failureLabel;
    @FXML private Button retryButton;
    @FXML private Button useEmbeddedButton;
    @FXML private VBox runningCard;
    @FXML private Label runningLabel;
    @FXML private Label runningHint;
    @FXML private Button runningRetryButton;
    @FXML private VBox passwordCard;
    @FXML private Label passwordTitle;
    @FXML private PasswordField passwordField;

    public SignInView(SessionViewModel viewModel) {
        this.viewModel = viewModel;
        Fxml.loadInto(this);
        visibleProperty().bind(viewModel.readyProperty().not());
        connectingCard.visibleProperty().bind(viewModel.stateProperty().isEqualTo(ConnectionState.CONNECTING));
        failureCard.visibleProperty().bind(viewModel.stateProperty().isEqualTo(ConnectionState.FAILED));
        passwordCard.visibleProperty().bind(viewModel.stateProperty().isEqualTo(ConnectionState.PASSWORD_NEEDED));
        runningCard.visibleProperty().bind(viewModel.stateProperty().isEqualTo(ConnectionState.ALREADY_RUNNING));
        progressLabel.textProperty().bind(viewModel.progressMessageProperty());
        failureLabel.textProperty().bind(viewModel.failureMessageProperty());
        retryButton.disableProperty().bind(viewModel.retryCommand().executableProperty().not());
        passwordTitle.textProperty().bind(viewModel.serverSignIn().passwordPromptProperty());
        runningLabel.textProperty().bind(viewModel.directoryInUse().messageProperty());
        runningHint.textProperty().bind(viewModel.directoryInUse().hintProperty());
        // Offered only when nobody can tell when the other Quire quits; otherwise this window connects by itself.
        runningRetryButton.visibleProperty().bind(viewModel.directoryInUse().waitingProperty().not());
        runningRetryButton.managedProperty().bind(runningRetryButton.visibleProperty());
        useEmbeddedButton.visibleProperty().bind(viewModel.serverSignIn().serverChosenProperty());
        useEmbeddedButton.managedProperty().bind(useEmbeddedButton.visibleProperty());
    }

    @FXML
    private void onRetry() {
        viewModel.retryCommand().execute();
    }

    @FXML
    private void onConnectWithPassword() {
        viewModel.serverSignIn().connectWithPassword(passwordField.getText());
        passwordField.clear();
    }

    @FXML
    private void onConnectToServer() {
        WindowActions.connectToServer(this, viewModel.serverSignIn());
    }

    @FXML
    private void onUseEmbedded() {
        viewModel.serverSignIn().useEmbeddedDatabase();
    }

    @FXML
    private void onQuit() {
        WindowActions.quit(this);
    }
}
