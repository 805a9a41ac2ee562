package studio.quire.brand.kitfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Finds the line of a place in a kit file's text. Jackson's tree keeps no locations, so only when
 * there is something to report is the text read again, token by token, up to the place.
 */
final class JsonLines {
    private final JsonFactory factory;
    private final byte[] json;

    JsonLines(JsonFactory factory, byte[] json) {
        this.factory = factory;
        this.json = json;
    }

    /** The line (from 1) where the value or field at {@code pointer} starts; 0 when it cannot be found. */
    int lineOf(JsonPointer pointer) {
        try (JsonParser parser = factory.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonPointer here = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
                        ? parentPointer(parser)
                        : parser.getParsingContext().pathAsPointer();
                if (here.equals(pointer)) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
            return 0;
        } catch (JsonProcessingException e) {
            return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        } catch (IOException e) {
            return 0;
        }
    }

    /** An object or list that starts here has opened its own context: its place is its parent's. */
    private static JsonPointer parentPointer(JsonParser parser) {
        var parent = parser.getParsingContext().getParent();
        return parent == null ? JsonPointer.empty() : parent.pathAsPointer();
    }
}
