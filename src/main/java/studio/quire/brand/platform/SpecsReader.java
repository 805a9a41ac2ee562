package studio.quire.brand.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the file's shape into placements, naming the placement and field in every refusal:
 * "platform-specs.json, placement 3 (\"x-landscape\"): \"width\" is missing".
 */
final class SpecsReader {
    private final String origin;

    private SpecsReader(String origin) {
        this.origin = origin;
    }

    static PlatformSpecs toSpecs(SpecsFile.Sheet sheet, String origin) {
        return new SpecsReader(origin).specs(sheet);
    }

    private PlatformSpecs specs(SpecsFile.Sheet sheet) {
        LocalDate asOf = date(sheet.asOf(), "asOf", origin);
        if (sheet.placements() == null || sheet.placements().isEmpty()) {
            throw broken(origin, "\"placements\" is missing or empty");
        }
        List<PlatformSpec> specs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sheet.placements().size(); i++) {
            SpecsFile.Placement placement = sheet.placements().get(i);
            String where = origin + ", placement " + (i + 1) + (placement != null && placement.id() != null
                    ? " (\"" + placement.id() + "\")" : "");
            if (placement == null) {
                throw broken(where, "is empty");
            }
            PlatformSpec spec = placement(placement, where);
            if (!ids.add(spec.id())) {
                throw broken(where, "another placement already has the id \"" + spec.id() + "\": ids must differ");
            }
            specs.add(spec);
        }
        return new PlatformSpecs(asOf, specs);
    }

    private PlatformSpec placement(SpecsFile.Placement p, String where) {
        SpecsFile.Insets insets = required(p.safeInsets(), "safeInsets", where);
        List<TextLimit> limits = new ArrayList<>();
        for (SpecsFile.Limit limit : p.textLimits() == null ? List.<SpecsFile.Limit>of() : p.textLimits()) {
            limits.add(limit(limit, where));
        }
        List<SpecSource> sources = new ArrayList<>();
        for (SpecsFile.Source source : required(p.sources(), "sources", where)) {
            sources.add(new SpecSource(url(required(source.url(), "url", where), where), source.says()));
        }
        try {
            return new PlatformSpec(required(p.id(), "id", where), required(p.name(), "name", where),
                    required(p.network(), "network", where), required(p.width(), "width", where),
                    required(p.height(), "height", where),
                    new SafeInsets(required(insets.top(), "top", where), required(insets.right(), "right", where),
                            required(insets.bottom(), "bottom", where), required(insets.left(), "left", where)),
                    p.safeZoneNote(), limits, sources, date(p.verifiedOn(), "verifiedOn", where));
        } catch (IllegalArgumentException e) {
            throw broken(where, e.getMessage());
        }
    }

    private TextLimit limit(SpecsFile.Limit limit, String where) {
        String text = required(limit.text(), "text", where);
        LimitKind kind = LimitKind.byId(text).orElseThrow(() -> broken(where, "a text limit is about \"" + text
                + "\"; it can be about caption, hashtags, title or description"));
        CountingRule rule = limit.counting() == null ? null : CountingRule.byId(limit.counting())
                .orElseThrow(() -> broken(where, "the " + text + " limit counts by \"" + limit.counting()
                        + "\"; the rules are x-weighted, code-points and graphemes"));
        LocalDate since = limit.since() == null ? null : date(limit.since(), "since", where);
        try {
            return new TextLimit(kind, required(limit.max(), "max", where), rule, since, limit.note());
        } catch (IllegalArgumentException e) {
            throw broken(where, e.getMessage());
        }
    }

    private static <T> T required(T value, String field, String where) {
        if (value == null) {
            throw broken(where, "\"" + field + "\" is missing");
        }
        return value;
    }

    private static LocalDate date(String value, String field, String where) {
        try {
            return LocalDate.parse(required(value, field, where));
        } catch (DateTimeParseException e) {
            throw broken(where, "\"" + field + "\" must be a date written like 2026-12-03 (it is \"" + value + "\")");
        }
    }

    private static URI url(String value, String where) {
        try {
            URI uri = new URI(value);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below, in the same words as a URL without http
        }
        throw broken(where, "a source's url must be a web address starting with https:// (it is \"" + value + "\")");
    }

    private static BrokenSpecsException broken(String where, String what) {
        return new BrokenSpecsException(where + ": " + what);
    }
}
