package studio.quire.session;

import java.util.List;

/**
 * The Java options the studio runs with: the README's run command, the packaged app's launcher
 * ({@code installer/build-app-image.sh}) and the bench's child studio all use exactly these
 * (a test holds them together). See docs/decisions/0022-heap-settings-of-the-studio.md.
 * <ul>
 *   <li>{@code -Xms32m}: without it the first heap is 1/64 of the machine's memory (388 MB on
 *       24 GB), and G1 keeps what it once committed while a writer types;</li>
 *   <li>{@code -Xmx1g}: about ten times what a 500,000-word project keeps live; also 1 MB heap
 *       regions instead of 4 MB;</li>
 *   <li>{@code -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30}: after a full or concurrent
 *       collection the heap is at most about 1.4 times what is live (the default 70 lets it stay
 *       at 3.3 times).</li>
 * </ul>
 */
public final class JvmOptions {
    public static final List<String> STUDIO = List.of("-Xms32m", "-Xmx1g", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30");

    private JvmOptions() {
    }

    /** The options as one line, as a shell command or jpackage's {@code --java-options} takes them. */
    public static String line() {
        return String.join(" ", STUDIO);
    }
}
