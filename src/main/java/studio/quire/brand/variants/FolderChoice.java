package studio.quire.brand.variants;

import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** How the variants page asks for the folder PNGs go to: a folder chooser in the app, a fixed folder in tests. */
@FunctionalInterface
public interface FolderChoice {

    /** The folder chosen, or empty when the person cancelled. */
    Optional<Path> choose(Window owner, String title);

    /** The system's folder chooser. */
    static FolderChoice chooser() {
        return (owner, title) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            File folder = chooser.showDialog(owner);
            return Optional.ofNullable(folder).map(File::toPath);
        };
    }
}
