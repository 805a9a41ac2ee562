package studio.quire.brand.kitfile;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.brand.BrandKit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * A brand kit as one JSON file, images included, to carry a kit from one organization or computer
 * to another (format: docs/brand-kit-file.md, modelled on Posit's brand.yml). Reading is strict and
 * whole-or-nothing: the first field that is wrong, unknown or missing, or any image that
 * {@link AssetInspector} refuses, stops it with one {@link KitFileException} saying where and what to
 * do, and nothing is returned to save. Thread-safe.
 */
public final class BrandKitFile {
    /** The value of the file's {@code format} field. */
    public static final String FORMAT = "quire-brand-kit";
    /** The format version this Quire writes, and the newest it reads. */
    public static final int VERSION = 1;
    /** The largest kit file read, in bytes; a file is refused as soon as more than this has come in. */
    public static final long MAX_FILE_BYTES = 150 * Megabytes.MB;
    static final String FORMAT_FIELD = "format";
    static final String VERSION_FIELD = "formatVersion";

    private static final Logger LOG = LoggerFactory.getLogger(BrandKitFile.class);
    /** Room for a 20 MB asset in base64 (about 28 million characters), not for a whole file in one string. */
    private static final int MAX_STRING_CHARS = 40_000_000;
    private static final int CHUNK_BYTES = 1024 * 1024;

    private final AssetInspector inspector;
    private final JsonMapper mapper;

    public BrandKitFile(AssetInspector inspector) {
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        this.mapper = JsonMapper.builder(factory).build();
    }

    /**
     * Writes the kit, with every asset's bytes in base64, as UTF-8 JSON; the stream is flushed, not
     * closed. Write to a temporary file and move it into place, so that a failure leaves no half file.
     *
     * @param assetBytes the stored bytes of each of the kit's assets, by asset id
     */
    public void write(BrandKit kit, Function<UUID, byte[]> assetBytes, OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.setPrettyPrinter(pretty);
            new KitFileWriter(generator).write(kit, assetBytes);
            generator.writeRaw('\n');
        }
        out.flush();
    }

    /**
     * The kit in the file as a new kit of {@code orgId}, with new ids, and its assets' bytes; or a
     * {@link KitFileException} for the first thing wrong with the file.
     *
     * @throws IOException when the stream itself cannot be read (not for what it holds)
     */
    public ImportedKit read(InputStream in, UUID orgId) throws IOException {
        Objects.requireNonNull(orgId, "orgId");
        byte[] bytes = readAtMost(in);
        if (isBlank(bytes)) {
            throw KitFileException.ofFile("This file is empty; choose a brand kit file exported from Quire (.json)");
        }
        JsonNode root = parse(bytes);
        JsonFields fields = new JsonFields(new JsonLines(mapper.getFactory(), bytes));
        return new KitFileReader(fields, inspector).read(root, orgId);
    }

    /** The whole stream, counted as it comes in; refused as soon as it passes {@link #MAX_FILE_BYTES}. */
    private static byte[] readAtMost(InputStream in) throws IOException {
        // Chunks joined once at the end: a growing array would hold up to three copies of a large file.
        List<byte[]> chunks = new ArrayList<>();
        long total = 0;
        while (true) {
            byte[] chunk = in.readNBytes(CHUNK_BYTES);
            if (chunk.length == 0) {
                break;
            }
            total += chunk.length;
            if (total > MAX_FILE_BYTES) {
                throw KitFileException.ofFile("This file is larger than " + MAX_FILE_BYTES / Megabytes.MB + " MB; a brand kit"
                        + " file can be at most " + MAX_FILE_BYTES / Megabytes.MB + " MB (and each image in it at most "
                        + AssetInspector.MAX_BYTES / Megabytes.MB + " MB)");
            }
            chunks.add(chunk);
        }
        byte[] bytes = new byte[(int) total];
        int at = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, bytes, at, chunk.length);
            at += chunk.length;
        }
        return bytes;
    }

    private JsonNode parse(byte[] bytes) {
        // The parser is ours, so that where it stood is known even when its exception does not say.
        try (JsonParser parser = mapper.createParser(bytes)) {
            try {
                JsonNode root = mapper.readTree(parser);
                if (parser.nextToken() != null) {
                    throw KitFileException.ofFile("Line " + parser.currentTokenLocation().getLineNr() + ": There is more"
                            + " after the kit's last }; a kit file holds one JSON object");
                }
                return root;
            } catch (JsonProcessingException e) {
                LOG.info("Refused a brand kit file: {}", e.getOriginalMessage());
                throw refusal(e, parser, bytes);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Reading from memory cannot fail", e);
        }
    }

    private static KitFileException refusal(JsonProcessingException e, JsonParser parser, byte[] bytes) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
        int line = location.getLineNr();
        Place place = placeOf(parser.getParsingContext());
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return new KitFileException(place.shown(), line, "This value is too long for a kit file (an image can be at most "
                    + AssetInspector.MAX_BYTES / Megabytes.MB + " MB)");
        }
        if (message.startsWith("Duplicate")) {
            return new KitFileException(place.shown(), line, "This name is used twice here; give each its own name");
        }
        if (!startsLikeJson(bytes)) {
            return KitFileException.ofFile("This is not a brand kit file: it is not JSON text. Choose a kit file exported"
                    + " from Quire (.json)");
        }
        if (e instanceof JsonEOFException || message.contains("end-of-input")) {
            return KitFileException.ofFile("The file ends too soon (line " + line + "): it is incomplete; export the kit"
                    + " again or copy the whole file");
        }
        return new KitFileException("", line, "The JSON is broken at column " + location.getColumnNr() + ": a comma, quote"
                + " or bracket is missing or extra there; fix it in a text editor, or export the kit again");
    }

    /** Where the parser stood, as a reader sees places: the names and list positions from the top. */
    private static Place placeOf(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        Place place = Place.ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inArray() && c.hasCurrentIndex()) {
                place = place.index(c.getCurrentIndex());
            } else if (c.inObject() && c.getCurrentName() != null) {
                place = place.field(c.getCurrentName());
            }
        }
        return place;
    }

    private static boolean startsLikeJson(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && (bytes[i] == '{' || bytes[i] == '[');
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
