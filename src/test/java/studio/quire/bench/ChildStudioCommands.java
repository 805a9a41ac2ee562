package studio.quire.bench;

import java.util.List;
import java.util.Map;

/** Test access to the child studio's command line (package-private in the bench). */
public final class ChildStudioCommands {
    private ChildStudioCommands() {
    }

    public static List<String> of(String mainClass) {
        return ChildStudio.command(mainClass, Map.of());
    }
}
