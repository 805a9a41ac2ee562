package studio.quire.app.window;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import studio.quire.session.Settings;

/**
 * Where the main window opens the first time, before Quire remembers a place: nearly all of the
 * screen's usable area (binder, editor and inspector need the room side by side), centred, and no
 * larger than a comfortable reading size on very large screens. After that, where it was left.
 */
public final class WindowPlacement {
    /** The least room the window is ever given. */
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 600;
    /** How much of the usable screen a first window takes. */
    private static final double SHARE = 0.96;
    private static final double MAX_WIDTH = 1760;
    private static final double MAX_HEIGHT = 1100;

    private WindowPlacement() {
    }

    /** The window's first bounds on a screen whose usable area (without panels and docks) is {@code screen}. */
    public static Rectangle2D firstBounds(Rectangle2D screen) {
        double width = Math.min(screen.getWidth(), Math.max(Math.min(MIN_WIDTH, screen.getWidth()),
                Math.min(MAX_WIDTH, Math.floor(screen.getWidth() * SHARE))));
        double height = Math.min(screen.getHeight(), Math.max(Math.min(MIN_HEIGHT, screen.getHeight()),
                Math.min(MAX_HEIGHT, Math.floor(screen.getHeight() * SHARE))));
        double x = screen.getMinX() + Math.floor((screen.getWidth() - width) / 2);
        double y = screen.getMinY() + Math.floor((screen.getHeight() - height) / 2);
        return new Rectangle2D(x, y, width, height);
    }

    /**
     * Places {@code stage} on the primary screen (nearly all of it), then where it was left the
     * last time, if that is still on a screen ({@code saved} null the first time).
     */
    public static void place(Stage stage, Settings.WindowBounds saved) {
        // Room for binder, editor and inspector side by side: nearly all of the screen the first time.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D first = firstBounds(screen);
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        // The window's outer size (with its title bar), so that it stays inside the usable area.
        stage.setX(first.getMinX());
        stage.setY(first.getMinY());
        stage.setWidth(first.getWidth());
        stage.setHeight(first.getHeight());
        if (saved != null) {
            restore(stage, saved);
        }
    }

    private static void restore(Stage stage, Settings.WindowBounds bounds) {
        Rectangle2D wanted = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height());
        boolean visible = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(wanted));
        if (visible) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setWidth(Math.max(stage.getMinWidth(), bounds.width()));
        stage.setHeight(Math.max(stage.getMinHeight(), bounds.height()));
        stage.setMaximized(bounds.maximized());
    }

    /** Where {@code stage} is now, to remember for the next start. */
    public static Settings.WindowBounds boundsOf(Stage stage) {
        return new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}
