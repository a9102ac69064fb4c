package org.ekyc.hub.verification.api.review;

import java.time.Instant;
import java.util.List;

/**
 * One case in the queue (the console's row; docs/console.md): no personal data.
 *
 * @param language        the applicant's language when the case knows it, else null
 * @param slaDueAt        submission + the tier's SLA ({@code KYC_REVIEW_SLA_HOURS}, {@code KYC_REVIEW_SLA_HOURS_ENHANCED})
 * @param assignee        the reviewer who claimed it, null when nobody has
 * @param firstApprovalBy the first reviewer of an ENHANCED case waiting for a second one
 */
public record QueueItem(String caseId, String status, String riskTier, String product, String channel, String nationality,
                        String language, List<String> reasons, Instant submittedAt, Instant slaDueAt, boolean overdue,
                        String assignee, String firstApprovalBy) {
}
