package studio.quire.brand.store;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One saved version of a content template. {@code definitionJson} is the template codec's JSON as
 * PostgreSQL's jsonb gives it back: the same document, but keys and spacing in jsonb's own order, so
 * compare it parsed, not as text.
 */
public record StoredTemplate(UUID id, UUID orgId, UUID kitId, String name, long version, String definitionJson,
                             OffsetDateTime createdAt) {

    public StoredTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definitionJson, "definitionJson");
    }
}
