package studio.quire.brand.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import studio.quire.brand.compliance.Finding;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's findings as stored with a compliance result: a JSON array of
 * {@code {"rule", "severity", "where", "measured", "threshold", "message"}}, the rule by its stable id
 * and, for a stretch of text, {@code "start"} and {@code "end"}.
 */
final class FindingsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FindingsJson() {
    }

    static String write(List<Finding> findings) {
        List<Map<String, Object>> rows = findings.stream().map(FindingsJson::row).toList();
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> row(Finding finding) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rule", finding.rule().id());
        row.put("severity", finding.severity().name().toLowerCase(java.util.Locale.ROOT));
        row.put("where", finding.where());
        row.put("measured", finding.measured());
        row.put("threshold", finding.threshold());
        row.put("message", finding.message());
        if (finding.hasSpan()) {
            row.put("start", finding.span().start());
            row.put("end", finding.span().end());
        }
        return row;
    }
}
