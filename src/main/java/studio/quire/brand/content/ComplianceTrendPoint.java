package studio.quire.brand.content;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One recorded check of a variant, as a point of its score trend.
 *
 * @param computedAt   when the check was recorded
 * @param score        checks passed ÷ checks run, from 0 to 1
 * @param textVersion  the version of the section's text the variant was filled from
 * @param checksRun    how many checks ran
 * @param checksPassed how many found nothing
 */
public record ComplianceTrendPoint(OffsetDateTime computedAt, double score, long textVersion, int checksRun,
                                   int checksPassed) {

    public ComplianceTrendPoint {
        Objects.requireNonNull(computedAt, "computedAt");
    }
}
