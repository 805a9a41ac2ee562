package studio.quire.review.inbox;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import studio.quire.ui.Fxml;

/**
 * The inbox bound to {@link InboxViewModel}: the unread count, "Unread only", "Mark all as read"
 * ({@link #MARK_ALL_KEY} while the page has the focus), the notifications newest first (Enter or a
 * double-click opens one), and "Load more" while more pages may exist.
 */
public final class InboxView extends BorderPane {
    /** Marks every notification read while the inbox has the focus; no other page uses it. */
    public static final KeyCombination MARK_ALL_KEY = studio.quire.ui.Shortcut.MARK_ALL_READ.key();

    private final InboxViewModel viewModel;

    @FXML private Label countLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private ToggleButton unreadOnlyToggle;
    @FXML private Button markAllButton;
    @FXML private ListView<InboxRow> notificationList;
    @FXML private Button loadMoreButton;
    @FXML private Label messageLabel;

    public InboxView(InboxViewModel viewModel) {
        this.viewModel = viewModel;
        Fxml.loadInto(this);
        getStylesheets().add(InboxView.class.getResource("inbox.css").toExternalForm());
        countLabel.textProperty().bind(Bindings.when(viewModel.unreadCountProperty().greaterThan(0))
                .then(viewModel.badgeProperty().concat(" unread")).otherwise(""));
        countLabel.visibleProperty().bind(viewModel.unreadCountProperty().greaterThan(0));
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        unreadOnlyToggle.selectedProperty().bindBidirectional(viewModel.unreadOnlyProperty());
        unreadOnlyToggle.setTooltip(new Tooltip("Show only what you have not opened yet"));
        markAllButton.disableProperty().bind(viewModel.markAllReadCommand().executableProperty().not());
        markAllButton.setTooltip(new Tooltip("Mark every notification as read (" + MARK_ALL_KEY.getDisplayText() + ")"));
        loadMoreButton.disableProperty().bind(viewModel.loadMoreCommand().executableProperty().not());
        loadMoreButton.visibleProperty().bind(viewModel.hasMoreProperty());
        loadMoreButton.managedProperty().bind(viewModel.hasMoreProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        bindList();
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (MARK_ALL_KEY.match(event)) {
                viewModel.markAllReadCommand().execute();
                event.consume();
            }
        });
    }

    private void bindList() {
        notificationList.setItems(viewModel.items());
        notificationList.setCellFactory(list -> {
            ListCell<InboxRow> cell = new InboxCell();
            cell.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !cell.isEmpty()) {
                    viewModel.open(cell.getItem());
                }
            });
            return cell;
        });
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.textProperty().bind(viewModel.emptyTextProperty());
        notificationList.setPlaceholder(empty);
        notificationList.getSelectionModel().selectedItemProperty()
                .addListener((obs, o, n) -> viewModel.selectedProperty().set(n));
        viewModel.selectedProperty().addListener((obs, o, n) -> {
            if (notificationList.getSelectionModel().getSelectedItem() != n) {
                notificationList.getSelectionModel().select(n);
            }
        });
        notificationList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && viewModel.selectedProperty().get() != null) {
                viewModel.open(viewModel.selectedProperty().get());
                event.consume();
            }
        });
    }

    @FXML
    private void onMarkAll() {
        viewModel.markAllReadCommand().execute();
    }

    @FXML
    private void onLoadMore() {
        viewModel.loadMoreCommand().execute();
    }
}
