package studio.quire.app.window;

import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens the first time, before Quire remembers a place: nearly all of the
 * screen's usable area (binder, editor and inspector need the room side by side), centred, and no
 * larger than a comfortable reading size on very large screens.
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
}
