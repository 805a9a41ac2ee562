package studio.quire.brand.content;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import studio.quire.brand.compliance.ComplianceReport;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.db.TextLimit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.COMPLIANCE_RESULT;
import static studio.quire.db.schema.Tables.CONTENT_REQUEST;
import static studio.quire.db.schema.Tables.NODE;
import static studio.quire.db.schema.Tables.ORG_BRAND_POLICY;

/**
 * Content requests, their compliance results and the organization's lowest score for review (V17).
 * Consultants and admins ask for content and record results; results are never changed, so the
 * score of a variant can be drawn over time; only admins set the lowest score. The database holds
 * every rule: {@code quire.submit_for_review} refuses a submission whose content scores under it.
 */
public final class ContentRepository {
    private final DSLContext dsl;

    public ContentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Asks for content from a section, filling this version of a template; the id is the client's. */
    public ContentRequest create(UUID id, UUID nodeId, UUID templateId, long templateVersion, String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A content request needs a title");
        }
        TextLimit.CONTENT_REQUEST_TITLE.problem(clean).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return translate(() -> dsl.insertInto(CONTENT_REQUEST, CONTENT_REQUEST.ID, CONTENT_REQUEST.ORG_ID,
                        CONTENT_REQUEST.NODE_ID, CONTENT_REQUEST.TEMPLATE_ID, CONTENT_REQUEST.TEMPLATE_VERSION,
                        CONTENT_REQUEST.TITLE)
                .select(DSL.select(DSL.val(id), NODE.ORG_ID, NODE.ID, DSL.val(templateId), DSL.val(templateVersion),
                        DSL.val(clean)).from(NODE).where(NODE.ID.eq(nodeId)))
                .returning()
                .fetchOptional()
                .map(r -> new ContentRequest(r.getId(), r.getOrgId(), r.getNodeId(), r.getTemplateId(),
                        r.getTemplateVersion(), r.getTitle(), r.getVersion(), r.getCreatedBy(), r.getCreatedAt(),
                        r.getUpdatedAt()))
                .orElseThrow(() -> new RefusedByDatabaseException(
                        "This section is gone or not visible to you: content cannot be asked of it.", "02000", null)));
    }

    /** The content requests of a section, by title ignoring case. */
    public List<ContentRequest> forNode(UUID nodeId) {
        return translate(() -> dsl.selectFrom(CONTENT_REQUEST)
                .where(CONTENT_REQUEST.NODE_ID.eq(nodeId))
                .orderBy(DSL.lower(CONTENT_REQUEST.TITLE), CONTENT_REQUEST.ID)
                .fetch(r -> new ContentRequest(r.getId(), r.getOrgId(), r.getNodeId(), r.getTemplateId(),
                        r.getTemplateVersion(), r.getTitle(), r.getVersion(), r.getCreatedBy(), r.getCreatedAt(),
                        r.getUpdatedAt())));
    }

    /**
     * Keeps the result of checking one variant: the platform-spec id it was made for, the version of
     * the section's text it was filled from and the variant's content hash. The database stamps who
     * and when, and computes the score from the counts.
     */
    public void record(UUID requestId, String platform, long textVersion, String contentHash, ComplianceReport report) {
        Objects.requireNonNull(report, "report");
        String findings = FindingsJson.write(report.findings());
        int added = translate(() -> dsl.insertInto(COMPLIANCE_RESULT, COMPLIANCE_RESULT.ID, COMPLIANCE_RESULT.ORG_ID,
                        COMPLIANCE_RESULT.REQUEST_ID, COMPLIANCE_RESULT.PLATFORM, COMPLIANCE_RESULT.TEXT_VERSION,
                        COMPLIANCE_RESULT.CONTENT_HASH, COMPLIANCE_RESULT.CHECKS_RUN, COMPLIANCE_RESULT.CHECKS_PASSED,
                        COMPLIANCE_RESULT.FINDINGS)
                .select(DSL.select(DSL.val(UUID.randomUUID()), CONTENT_REQUEST.ORG_ID, CONTENT_REQUEST.ID,
                                DSL.val(platform), DSL.val(textVersion), DSL.val(contentHash), DSL.val(report.checksRun()),
                                DSL.val(report.checksPassed()), DSL.val(JSONB.valueOf(findings)))
                        .from(CONTENT_REQUEST).where(CONTENT_REQUEST.ID.eq(requestId)))
                .execute());
        if (added == 0) {
            throw new RefusedByDatabaseException("This content request is gone or not visible to you: someone may have "
                    + "deleted it.", "02000", null);
        }
    }

    /** The scores of one request's variant for a platform, oldest first, every text version included. */
    public List<ComplianceTrendPoint> trend(UUID requestId, String platform) {
        return translate(() -> dsl.select(COMPLIANCE_RESULT.COMPUTED_AT, COMPLIANCE_RESULT.SCORE,
                        COMPLIANCE_RESULT.TEXT_VERSION, COMPLIANCE_RESULT.CHECKS_RUN, COMPLIANCE_RESULT.CHECKS_PASSED)
                .from(COMPLIANCE_RESULT)
                .where(COMPLIANCE_RESULT.REQUEST_ID.eq(requestId)).and(COMPLIANCE_RESULT.PLATFORM.eq(platform))
                .orderBy(COMPLIANCE_RESULT.COMPUTED_AT, COMPLIANCE_RESULT.ID)
                .fetch(r -> new ComplianceTrendPoint(r.value1(), r.value2().doubleValue(), r.value3(), r.value4(),
                        r.value5())));
    }

    /** The lowest score (0..1) at which the organization submits content for review; empty when it has none. */
    public Optional<Double> threshold(UUID orgId) {
        return translate(() -> dsl.select(ORG_BRAND_POLICY.MIN_COMPLIANCE).from(ORG_BRAND_POLICY)
                .where(ORG_BRAND_POLICY.ORG_ID.eq(orgId))
                .fetchOptional(ORG_BRAND_POLICY.MIN_COMPLIANCE)
                .map(BigDecimal::doubleValue));
    }

    /** Sets the organization's lowest score for review, from 0 to 1; null lets every score through. Admins only. */
    public void setThreshold(UUID orgId, Double minScore) {
        if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("The lowest score is between 0 % and 100 % (it is "
                    + Math.round(minScore * 100) + " %)");
        }
        BigDecimal value = minScore == null ? null : BigDecimal.valueOf(minScore);
        translate(() -> dsl.insertInto(ORG_BRAND_POLICY, ORG_BRAND_POLICY.ORG_ID, ORG_BRAND_POLICY.MIN_COMPLIANCE)
                .values(orgId, value)
                .onConflict(ORG_BRAND_POLICY.ORG_ID)
                .doUpdate().set(ORG_BRAND_POLICY.MIN_COMPLIANCE, value)
                .execute());
    }
}
