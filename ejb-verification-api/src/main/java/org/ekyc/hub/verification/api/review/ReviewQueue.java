package org.ekyc.hub.verification.api.review;

import jakarta.ejb.Local;

/**
 * The cases waiting for a person (status REVIEW, including an ENHANCED case whose first approval waits for a
 * second reviewer), oldest first, filtered and paged in the database; each with its SLA clock from submission.
 * Reading the queue shows no personal data (nationality, product, channel, tier and reason codes only).
 */
@Local
public interface ReviewQueue {

    /** One page of the queue as {@code filter} selects it; the caller is the reviewer {@code assigned=mine} means. */
    QueuePage queue(QueueFilter filter);

    /**
     * The case as a reviewer works it, its view audited (CASE_VIEWED) under the authenticated caller.
     *
     * @throws org.ekyc.hub.verification.api.CaseNotFoundException when there is no such case
     */
    ReviewCase caseDetail(String caseId);

    /**
     * The caller claims a case waiting for a person (claiming one's own claim again changes nothing).
     *
     * @throws org.ekyc.hub.verification.api.InvalidRequestException CASE_NOT_IN_REVIEW; CASE_CLAIMED when another
     *         reviewer holds it; REVIEWER_LIMIT_REACHED when the caller holds {@code KYC_REVIEW_MAX_CLAIMS} cases
     */
    QueueItem claim(String caseId);

    /**
     * The claim is given up: by its holder, or by a senior reviewer for anyone's.
     *
     * @throws org.ekyc.hub.verification.api.InvalidRequestException CASE_CLAIMED when another reviewer holds it and
     *         the caller is not a senior reviewer
     */
    QueueItem release(String caseId);

    /**
     * Automatic assignment: the caller claims the oldest unclaimed case in REVIEW they may decide (not one whose first
     * approval is theirs), within {@code KYC_REVIEW_MAX_CLAIMS}; empty when there is none or the caller holds the limit.
     * A reviewer who reads some languages ({@code KYC_REVIEWER_LANGUAGES}) gets the oldest such case whose applicant
     * language is one of them first, else the oldest case of any language or none (nothing waits forever).
     */
    java.util.Optional<QueueItem> next();
}
