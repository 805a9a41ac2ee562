package studio.quire.compare;

import java.util.List;

/** Reads the texts to compare; called in the background, never on the FX thread. */
@FunctionalInterface
public interface ComparisonLoader {
    List<ComparedText> load() throws Exception;
}
