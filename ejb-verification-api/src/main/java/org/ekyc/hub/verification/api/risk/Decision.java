package org.ekyc.hub.verification.api.risk;

import org.ekyc.hub.verification.api.CaseStatus;

/**
 * A reviewer's decision on a case. What it rests on is what the hub recorded (checks, and the evidence
 * of {@link org.ekyc.hub.verification.api.review.ReviewStep}), never a claim made with the decision.
 *
 * @param outcome  {@link CaseStatus#APPROVED} or {@link CaseStatus#REJECTED}
 * @param reviewer who decides (an employee id; kept on the case and in the audit trail)
 * @param note     why, free text for the file (personal data: stored encrypted), may be null
 */
public record Decision(CaseStatus outcome, String reviewer, String note) {
}
