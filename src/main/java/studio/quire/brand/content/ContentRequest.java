package studio.quire.brand.content;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Content a consultant asked of a section: the section's text fills this exact version of a
 * template, once per platform. Which text version filled each variant is kept with its
 * compliance results ({@link ContentRepository#record}).
 *
 * @param id              the request's id, made by the client
 * @param orgId           the organization of the section and the template
 * @param nodeId          the section whose text fills the template
 * @param templateId      the template
 * @param templateVersion the template's version that is filled
 * @param title           what the content is called ("Spring sale")
 * @param version         the row's version, bumped by the database on every change
 * @param createdBy       who asked for it
 * @param createdAt       when
 * @param updatedAt       when it last changed
 */
public record ContentRequest(UUID id, UUID orgId, UUID nodeId, UUID templateId, long templateVersion, String title,
                             long version, UUID createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public ContentRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(title, "title");
    }
}
