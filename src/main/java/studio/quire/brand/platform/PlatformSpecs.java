package studio.quire.brand.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The placements Quire makes variants for, read from the dated data file
 * {@code studio/quire/brand/platform/platform-specs.json} on the class path: sizes, safe zones and
 * text limits live there, not in code, so a changed spec is an edited line with a new date. Reading
 * is strict: an unknown field, a missing one, a wrong type or a repeated id is refused with a
 * message that says where.
 *
 * @param asOf       the day the file as a whole was last brought up to date
 * @param placements every placement, in the file's order (which previews keep)
 */
public record PlatformSpecs(LocalDate asOf, List<PlatformSpec> placements) {
    /** Where the data lives on the class path. */
    public static final String RESOURCE = "/studio/quire/brand/platform/platform-specs.json";
    private static final String FILE_NAME = "platform-specs.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    public PlatformSpecs {
        placements = List.copyOf(placements);
    }

    /** Every placement of the shipped file, in its order. */
    public static List<PlatformSpec> load() {
        return loadSheet().placements();
    }

    /** The shipped file with its date. */
    public static PlatformSpecs loadSheet() {
        try (InputStream in = PlatformSpecs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new BrokenSpecsException(FILE_NAME + " is missing from the application: reinstall Quire");
            }
            return read(in, FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(FILE_NAME + " could not be read", e);
        }
    }

    /**
     * The specs in {@code in}, named {@code origin} in messages.
     *
     * @throws BrokenSpecsException when the file is not valid JSON or breaks a rule
     */
    public static PlatformSpecs read(InputStream in, String origin) throws IOException {
        SpecsFile.Sheet sheet;
        try {
            sheet = JSON.readValue(in, SpecsFile.Sheet.class);
        } catch (JsonParseException e) {
            throw new BrokenSpecsException(origin + " is not valid JSON near line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (UnrecognizedPropertyException e) {
            throw new BrokenSpecsException(origin + where(e) + ": Quire knows no field \"" + e.getPropertyName()
                    + "\" (it knows " + e.getKnownPropertyIds().stream().map(id -> "\"" + id + "\"").sorted()
                    .collect(Collectors.joining(", ")) + ")", e);
        } catch (JsonMappingException e) {
            throw new BrokenSpecsException(origin + where(e) + ": " + fieldName(e) + " has the wrong kind of value"
                    + " (a size is a whole number, a date is written 2026-12-03, a list is in [ ])", e);
        } catch (JsonProcessingException e) {
            throw new BrokenSpecsException(origin + " cannot be read: " + e.getOriginalMessage(), e);
        }
        if (sheet == null) {
            throw new BrokenSpecsException(origin + " is empty");
        }
        return SpecsReader.toSpecs(sheet, origin);
    }

    /** The placement with this id, if there is one. */
    public Optional<PlatformSpec> byId(String id) {
        return placements.stream().filter(spec -> spec.id().equals(id)).findFirst();
    }

    /** The ids, in order. */
    public List<String> ids() {
        return placements.stream().map(PlatformSpec::id).toList();
    }

    /** ", at placements › item 3 › width (line 40)" */
    private static String where(JsonMappingException e) {
        List<String> steps = new ArrayList<>();
        for (JsonMappingException.Reference step : e.getPath()) {
            steps.add(step.getIndex() >= 0 ? "item " + (step.getIndex() + 1) : step.getFieldName());
        }
        String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
        return (steps.isEmpty() ? "" : ", at " + String.join(" › ", steps)) + line;
    }

    private static String fieldName(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getFieldName() != null) {
                return "\"" + path.get(i).getFieldName() + "\"";
            }
        }
        return "the file";
    }
}
