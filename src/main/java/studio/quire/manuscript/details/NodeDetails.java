package studio.quire.manuscript.details;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.ContentType;
import studio.quire.manuscript.NodeStatus;

/**
 * Everything an inspector shows of one node, with the optimistic {@code version} it was read at.
 * Keywords keep their order; social snippets map a platform ("LinkedIn") to its text, in the order
 * PostgreSQL keeps jsonb keys (shorter first, then alphabetical).
 */
public record NodeDetails(UUID id, NodeKind kind, int version, String title, NodeStatus status, String synopsis,
                          String notes, List<String> tags, ContentType contentType, List<String> keywords,
                          Map<String, String> socialSnippets) {

    public NodeDetails {
        tags = List.copyOf(tags);
        keywords = List.copyOf(keywords);
        socialSnippets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(socialSnippets));
    }
}
