package studio.quire.brand.platform;

import java.net.URI;
import java.util.Objects;

/**
 * Where a placement's facts come from.
 *
 * @param url  the page (http or https)
 * @param says what it says, in short, so a reader can judge without opening it
 */
public record SpecSource(URI url, String says) {

    public SpecSource {
        Objects.requireNonNull(url, "url");
        says = says == null ? "" : says.strip();
    }
}
