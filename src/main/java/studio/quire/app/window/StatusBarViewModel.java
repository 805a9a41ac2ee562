package studio.quire.app.window;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.quire.session.Session;

import studio.quire.app.signin.SessionViewModel;
import studio.quire.app.signin.StatusNotice;

/**
 * What the status bar says: where the data is (or what is happening, or that it is not there),
 * who is signed in, and one sentence at the right end, a problem or good news. Knows no controls.
 */
public final class StatusBarViewModel {
    private final SessionViewModel session;
    private final StatusNotice notice;
    private final ReadOnlyStringWrapper connectionLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper personLabel = new ReadOnlyStringWrapper("");
    private final StringBinding statusText;
    private final StringBinding noticeText;
    private final BooleanBinding goodNews;

    public StatusBarViewModel(SessionViewModel session, StatusNotice notice) {
        this.session = session;
        this.notice = notice;
        session.sessionProperty().addListener((obs, old, now) -> describe(now));
        statusText = Bindings.createStringBinding(() -> switch (session.stateProperty().get()) {
            case READY -> connectionLabel.get();
            case CONNECTING -> session.progressMessageProperty().get();
            case FAILED, PASSWORD_NEEDED, ALREADY_RUNNING -> "Not connected";
        }, session.stateProperty(), connectionLabel, session.progressMessageProperty());
        // A failure to switch person is told there too, before any notice.
        noticeText = Bindings.createStringBinding(() -> !session.readyProperty().get() ? ""
                        : session.failureMessageProperty().get().isEmpty() ? notice.textProperty().get()
                        : session.failureMessageProperty().get(),
                session.readyProperty(), session.failureMessageProperty(), notice.textProperty());
        goodNews = session.failureMessageProperty().isEmpty().and(notice.goodNewsProperty());
    }

    private void describe(Session now) {
        connectionLabel.set(now == null ? "" : now.whereLabel());
        personLabel.set(now == null ? "" : now.whoLabel());
    }

    /** What the status bar says about the database: where it is, what is happening, or that it is not there. */
    public StringBinding statusTextProperty() {
        return statusText;
    }

    /** Where the data is, e.g. "Team server · PostgreSQL 18.1" ("" while signed out). */
    public ReadOnlyStringProperty connectionLabelProperty() {
        return connectionLabel.getReadOnlyProperty();
    }

    /** Who is signed in, e.g. "Ada Lovelace (Admin) · Acme Press". */
    public ReadOnlyStringProperty personLabelProperty() {
        return personLabel.getReadOnlyProperty();
    }

    /** True while someone is signed in (the person is named only then). */
    public BooleanBinding signedInProperty() {
        return session.readyProperty();
    }

    /** The sentence at the right end: why switching person failed, else the notice, while connected. */
    public StringBinding noticeTextProperty() {
        return noticeText;
    }

    /** Whether that sentence is good news (text recovered after a crash) rather than a problem. */
    public BooleanBinding goodNewsProperty() {
        return goodNews;
    }

    /** The notice itself: what replaying the journal did, until the writer moves on. */
    public StatusNotice notice() {
        return notice;
    }
}
