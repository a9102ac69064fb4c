package org.ekyc.hub.verification.api;

import jakarta.ejb.Local;
import java.util.Optional;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.risk.Decision;

/**
 * A case from its opening to its decision: open, find again, read, decide. Implementations are
 * transactional; every access to personal data is audited.
 */
@Local
public interface CaseLifecycle {

    /**
     * Opens and persists a case; registry checks start as {@link RegistryCheckOutcome#PENDING}. With an
     * idempotency key its caller (the channel, and the sender the channel's key names) already used for
     * the same request, returns that case instead of opening another.
     *
     * @throws InvalidRequestException IDEMPOTENCY_KEY_REUSED when the key was used for a request with
     *                                 other content; nothing is opened
     */
    CaseView openCase(OpenCaseCommand command);

    /**
     * The case an earlier request with this command's idempotency key opened, as a summary that unseals
     * no personal data; empty when there is none (or the command has no key). Audited as a repeated
     * request. For channels that answer redeliveries (MQ) without reading the whole case;
     * {@link #openCase} still finishes a case whose {@link CaseSummary#settled() first request's work}
     * is not done.
     *
     * @throws InvalidRequestException IDEMPOTENCY_KEY_REUSED when the key was used for a request with
     *                                 other content
     */
    Optional<CaseSummary> repeatedRequest(OpenCaseCommand command);

    /**
     * The KYC status of a customer as the institution knows it: the summary of the latest case opened
     * with this reference (the channel's customer reference: MQ CUSTOMER-REF, batch CUSTOMER-REF, REST and
     * SOAP externalReference), whatever channel opened it; empty when there is none. Unseals nothing;
     * audited.
     */
    Optional<CaseSummary> latestCaseOfCustomer(String customerReference);

    /** @throws CaseNotFoundException when there is no such case */
    CaseView getCase(String caseId);

    /**
     * A reviewer approves or rejects the case. An approval rests only on what the hub recorded: the
     * product's non-face-to-face methods and, for an ENHANCED case, every enhanced-due-diligence task,
     * each proven by its evidence (checks, and what {@link org.ekyc.hub.verification.api.review.ReviewStep}
     * recorded), and a screened applicant. An ENHANCED case needs two different reviewers: the first
     * approval is recorded (reason SECOND_APPROVAL_PENDING, the case not yet decided) and holds until the
     * evidence changes; a second reviewer's approval decides. A rejection decides at once. Deciding starts
     * the retention of the face template the applicant consented to. A decided case is final: no command
     * changes it any more (CASE_ALREADY_DECIDED on every facade).
     *
     * @throws InvalidRequestException CASE_ALREADY_DECIDED, NON_FACE_TO_FACE_INSUFFICIENT,
     *                                 ENHANCED_TASKS_OPEN, SECOND_REVIEWER_REQUIRED, DECISION_NOT_ALLOWED
     *                                 (a case waiting for a retake), SCREENING_REQUIRED (screening was
     *                                 unavailable), FIELD_REQUIRED (reviewer), MALFORMED_REQUEST (outcome)
     */
    CaseView decide(String caseId, Decision decision);

    /** True when the case store answers a trivial query; for readiness probes. */
    boolean storeReachable();
}
