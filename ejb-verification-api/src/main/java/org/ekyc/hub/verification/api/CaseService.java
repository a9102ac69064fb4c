package org.ekyc.hub.verification.api;

import org.ekyc.hub.verification.api.peer.immigration.ImmigrationQuery;

import org.ekyc.hub.verification.api.peer.immigration.StayStatus;

import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;

import jakarta.ejb.Local;

/**
 * The verification engine's facade for channels. Implementations are transactional; every
 * method audits the access to personal data it makes.
 */
@Local
public interface CaseService {

    /**
     * Opens and persists a case; registry checks start as {@link RegistryCheckOutcome#PENDING}. With an
     * idempotency key already used, returns that case instead of opening another.
     */
    CaseView openCase(OpenCaseCommand command);

    /**
     * The case an earlier request with this idempotency key opened, as a summary that unseals no
     * personal data; empty when there is none. Audited as a repeated request. For channels that answer
     * redeliveries (MQ) without reading the whole case; {@link #openCase} still finishes a case whose
     * {@link CaseSummary#settled() first request's work} is not done.
     */
    java.util.Optional<CaseSummary> repeatedRequest(String idempotencyKey);

    /**
     * The KYC status of a customer as the institution knows it: the summary of the latest case opened
     * with this reference (the channel's customer reference: MQ CUSTOMER-REF, batch CUSTOMER-REF, REST and
     * SOAP externalReference), whatever channel opened it; empty when there is none. Unseals nothing;
     * audited.
     */
    java.util.Optional<CaseSummary> latestCaseOfCustomer(String customerReference);

    /** @throws CaseNotFoundException when there is no such case */
    CaseView getCase(String caseId);

    /**
     * Records the immigration registry's answer and derives the case's reasons from it. An
     * {@link RegistryCheckOutcome#UNAVAILABLE} answer leaves the check {@link RegistryCheckOutcome#PENDING}
     * with reason {@link ReasonCode#REGISTRY_UNAVAILABLE}, to be asked again; an
     * {@link RegistryCheckOutcome#ACCESS_REFUSED} answer likewise, with reason
     * {@link ReasonCode#REGISTRY_ACCESS_REFUSED}.
     */
    CaseView recordStayStatus(String caseId, StayStatus stayStatus);

    /**
     * Cases whose immigration check is pending and due for another try, most overdue first, at
     * most {@code max}. Each failed try doubles the wait before the next one (from
     * {@code KYC_IMMIGRATION_BACKOFF_BASE_MS}, default 10 s, up to {@code KYC_IMMIGRATION_BACKOFF_MAX_MS},
     * default 15 min), so an applicant the registry keeps failing on cannot crowd out the others.
     * Audited.
     */
    java.util.List<ImmigrationQuery> pendingImmigrationChecks(int max);

    /** Records the applicant's consent to face processing (audited). */
    CaseView recordConsent(String caseId, Consent consent);

    /**
     * Binds a liveness challenge to the case, so only a frame sequence for this case can use it.
     * @throws InvalidRequestException CONSENT_REQUIRED when no consent is recorded
     */
    void bindLivenessChallenge(String caseId, String nonce);

    /**
     * Checks, before any face image of the case is looked at, that consent is recorded and that the
     * challenge was issued for this case.
     * @throws InvalidRequestException CONSENT_REQUIRED or LIVENESS_CHALLENGE_NOT_FOR_CASE
     */
    void checkFaceCheckAllowed(String caseId, String nonce);

    /** Records a face check: outcomes, reasons and the encrypted live template with its purge date. */
    CaseView recordFaceCheck(String caseId, FaceCheck check);

    /**
     * Records the sanctions/PEP screening of the applicant: a HIT sends the case to a compliance
     * review, a POTENTIAL match to review with enhanced due diligence; {@code null} means screening
     * was not available (reason SCREENING_UNAVAILABLE).
     */
    CaseView recordScreening(String caseId, org.ekyc.hub.verification.api.screening.ScreeningResult result);

    /**
     * Records what the document check found: the document type and the findings as reason codes.
     * A finding to REJECT (e.g. expired document) or REVIEW sends the case to review; RETAKE findings
     * put it in RETRY. No image and no field value is stored by this call.
     */
    CaseView recordDocumentReading(String caseId, org.ekyc.hub.verification.api.document.DocumentReading reading);

    /**
     * Applicants of all cases, in a stable order, a page at a time: for re-screening after a
     * sanctions list update. Every read is audited. A case whose sealed values cannot be opened (wrong
     * key, altered row) is logged and left out, so a page may hold fewer than {@code max}; page on
     * until a page comes back empty.
     */
    java.util.List<CaseApplicant> applicants(int firstResult, int max);

    /** Deletes face templates whose retention period is over; returns how many (audited). */
    int purgeExpiredFaceTemplates();

    // --- phone verification (휴대폰 본인확인) and credit summary, issue #5 ---

    /**
     * What the telecom identity service is to be asked for this case: the applicant's name (Hangul
     * when given, else Latin), birth date, nationality flag and phone from the case, with the sex and
     * carrier the applicant states now. Audited (personal data leaves the store for the carrier).
     * @throws InvalidRequestException FIELD_REQUIRED phone when the case has no phone number
     */
    org.ekyc.hub.verification.api.peer.telecom.PhoneIdentityRequest phoneVerificationRequest(
            String caseId, org.ekyc.hub.verification.api.peer.telecom.Sex sex,
            org.ekyc.hub.verification.api.peer.telecom.Carrier carrier);

    /**
     * Records the carrier's answer to the identity request: OTP_SENT keeps its transaction id on the
     * case for the confirmation; NO_SUBSCRIBER / IDENTITY_MISMATCH send the case to review
     * (PHONE_NOT_VERIFIED).
     */
    CaseView recordOtpChallenge(String caseId, org.ekyc.hub.verification.api.peer.telecom.OtpChallenge challenge);

    /**
     * The carrier transaction waiting for the applicant's code.
     * @throws InvalidRequestException PHONE_VERIFICATION_NOT_STARTED when none is waiting
     */
    String phoneVerificationTransaction(String caseId);

    /**
     * Records the OTP confirmation: VERIFIED stores CI and DI sealed; OTP_MISMATCH keeps the
     * transaction waiting (case RETRY); OTP_EXPIRED ends it (case RETRY, start again). Audited.
     */
    CaseView recordPhoneIdentity(String caseId, org.ekyc.hub.verification.api.peer.telecom.PhoneIdentity identity);

    /**
     * What the credit bureau is to be asked for this case. Audited.
     * @throws InvalidRequestException CREDIT_CHECK_NOT_APPLICABLE for a product other than LOAN,
     *         CREDIT_CONSENT_REQUIRED without consent, FIELD_REQUIRED registrationNumber without one
     */
    org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest creditSummaryRequest(String caseId, boolean consent);

    /**
     * Records the bureau's summary (sealed); {@code null} means the bureau was not available: the
     * credit check stays PENDING with CREDIT_BUREAU_UNAVAILABLE and is due again for the background
     * retry after the back-off ({@code KYC_CREDIT_BACKOFF_*}). NO_RECORD / NAME_MISMATCH send the
     * case to review (CREDIT_NO_RECORD).
     */
    CaseView recordCreditSummary(String caseId, org.ekyc.hub.verification.api.peer.credit.CreditSummary summary);

    /** The last credit summary recorded on the case, null when none. Audited read of credit information. */
    org.ekyc.hub.verification.api.peer.credit.CreditSummary creditSummary(String caseId);

    /** True when the case store answers a trivial query; for readiness probes. */
    boolean storeReachable();

    /**
     * A reviewer approves or rejects the case. Approval needs the product's non-face-to-face
     * methods (those the hub verified plus those the reviewer attests) and, for an ENHANCED case,
     * every enhanced-due-diligence task completed. Deciding starts the 30-day retention of the face
     * template from the decision.
     *
     * @throws InvalidRequestException CASE_ALREADY_DECIDED, NON_FACE_TO_FACE_INSUFFICIENT,
     *                                 ENHANCED_TASKS_OPEN, DECISION_NOT_ALLOWED (a case waiting for a
     *                                 retake), FIELD_REQUIRED (reviewer), MALFORMED_REQUEST (outcome)
     */
    CaseView decide(String caseId, org.ekyc.hub.verification.api.risk.Decision decision);

    /**
     * Account-opening orders due: approved ACCOUNT cases whose account opening is PENDING and due,
     * most overdue first, at most {@code max}. Taking an order leases it: it is not due again for
     * {@code KYC_ACCOUNT_OPENING_LEASE_MS} (longer than the request timeout), so a hub that dies
     * between sending and recording loses nothing — the order comes back. Holds personal data; every
     * order read is audited.
     */
    java.util.List<org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningOrder> pendingAccountOpenings(int max);

    /**
     * Records what core banking answered to an account-opening order: OPENED keeps the account number
     * (encrypted) and the opening date; REFUSED keeps the return code and adds reason
     * {@link ReasonCode#ACCOUNT_OPENING_REFUSED}; FAILED (no reply, unreadable reply) leaves the order
     * PENDING, due again after a back-off ({@code KYC_ACCOUNT_OPENING_BACKOFF_BASE_MS} doubling up to
     * {@code KYC_ACCOUNT_OPENING_BACKOFF_MAX_MS}). A result for a case whose account is already
     * OPENED or REFUSED changes nothing (a late or repeated reply). Audited.
     *
     * @throws CaseNotFoundException when there is no such case
     */
    CaseView recordAccountOpening(String caseId, org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningResult result);

    /**
     * Records the resident registry's answer about the ID card of the case (issue #5): NO_MATCH or
     * REPORTED_LOST sends the case to review with RESIDENT_ID_NO_MATCH / RESIDENT_ID_REPORTED_LOST.
     * The number asked about is not stored. Audited.
     *
     * @throws InvalidRequestException RESIDENT_CHECK_NOT_APPLICABLE when the case's document is not a
     *                                 resident ID card or driver's licence
     */
    CaseView recordResidentCheck(String caseId, org.ekyc.hub.verification.api.peer.resident.ResidentIdResult result);

    /**
     * Records the tax authority's answer (issue #5): status and income band for the tax year; a status
     * without declared income adds INCOME_NOT_DECLARED (a source-of-funds finding, not a rejection). Audited.
     */
    CaseView recordIncomeCheck(String caseId, org.ekyc.hub.verification.api.peer.tax.TaxStatus status);

    /**
     * The resident registry gave no usable answer (issue #5): the check is recorded PENDING with
     * RESIDENT_REGISTRY_UNAVAILABLE, the query (name, number, issue date) is kept on the case sealed
     * (AES-GCM) for the background retry, and the check is due again after the back-off
     * ({@code KYC_RESIDENT_BACKOFF_BASE_MS} doubling up to {@code KYC_RESIDENT_BACKOFF_MAX_MS}); each
     * call counts one failed try. The sealed query is erased once the registry answers. Nothing else on
     * the case changes. Audited.
     */
    CaseView recordResidentCheckPending(org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery query);

    /**
     * The tax authority gave no usable answer (issue #5): as {@link #recordResidentCheckPending}, with
     * TAX_AUTHORITY_UNAVAILABLE; the number and name asked about are kept sealed, the tax year in clear.
     */
    CaseView recordIncomeCheckPending(org.ekyc.hub.verification.api.peer.tax.TaxQuery query);

    /**
     * Resident registry checks that are PENDING and due for another try, most overdue first, at most
     * {@code max}, each with the query the caller made. Taking a check leases it: it is not due again for
     * {@code KYC_RESIDENT_RETRY_LEASE_MS}, so two hub nodes do not ask for the same case and a node that
     * stops between asking and recording loses nothing. A check already answered is never returned.
     * Holds personal data; every read is audited.
     */
    java.util.List<org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery> pendingResidentChecks(int max);

    /** Tax authority checks PENDING and due, as {@link #pendingResidentChecks} ({@code KYC_TAX_*}). */
    java.util.List<org.ekyc.hub.verification.api.peer.tax.TaxQuery> pendingIncomeChecks(int max);

    /**
     * Credit checks PENDING and due (the bureau was unavailable), as {@link #pendingResidentChecks}
     * ({@code KYC_CREDIT_*}); each enquiry is rebuilt from the case.
     */
    java.util.List<org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry> pendingCreditChecks(int max);

    /**
     * Throws RESIDENT_CHECK_NOT_APPLICABLE unless the case's document is a resident ID card or driver's
     * licence; called before the registry is asked.
     */
    void checkResidentCheckAllowed(String caseId);

    /**
     * What to ask the tax authority for the case: {@code registrationNumber} (e.g. a business
     * registration number) and {@code name} when given, otherwise the case's own registration number
     * and name (Hangul name if known, else surname and given names). Audited as a read of personal data.
     *
     * @throws InvalidRequestException FIELD_REQUIRED registrationNumber when neither is known
     */
    org.ekyc.hub.verification.api.peer.tax.TaxQuery taxQuery(String caseId, int taxYear, String registrationNumber,
                                                             String name);
}
