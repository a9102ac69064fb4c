package org.ekyc.hub.verification.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as channels may show it: status and check results, with the applicant's name
 * only as the caller supplied it. Reason codes explain the current status.
 */
public record CaseView(String caseId, CaseStatus status, Product product, Channel channel,
                       String externalReference, Applicant applicant,
                       RegistryCheckOutcome immigrationCheck, String stayStatusCode, LocalDate stayExpiry,
                       List<ReasonCode> reasons, Instant createdAt, Instant updatedAt, FaceView face,
                       String screening, DocumentView document, PhoneView phone, String creditCheck) {

    public CaseView {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A view without the issue #5 checks (phone, credit), for callers that predate them. */
    public CaseView(String caseId, CaseStatus status, Product product, Channel channel, String externalReference,
                    Applicant applicant, RegistryCheckOutcome immigrationCheck, String stayStatusCode, LocalDate stayExpiry,
                    List<ReasonCode> reasons, Instant createdAt, Instant updatedAt, FaceView face, String screening,
                    DocumentView document) {
        this(caseId, status, product, channel, externalReference, applicant, immigrationCheck, stayStatusCode,
                stayExpiry, reasons, createdAt, updatedAt, face, screening, document, null, null);
    }

    /**
     * Phone verification (휴대폰 본인확인) as recorded on the case; never CI or DI themselves.
     *
     * @param check          OTP_SENT, VERIFIED, NO_SUBSCRIBER, IDENTITY_MISMATCH, OTP_MISMATCH, OTP_EXPIRED; null before
     * @param verifiedAt     when the carrier confirmed the phone
     * @param identityStored CI and DI are held (sealed) for the case
     */
    public record PhoneView(String check, Instant verifiedAt, boolean identityStored) {
    }

    /** The last document check: layout read and outcome (ACCEPTED, RETAKE, REVIEW, REJECTED). */
    public record DocumentView(String type, String outcome) {
    }

    /**
     * Consent and face check as recorded on the case; never the template itself.
     *
     * @param consentAt       when consent to face processing was recorded, null if not yet
     * @param liveness        PASSED / REVIEW / FAILED, null before a face check
     * @param match           MATCH / REVIEW / NO_MATCH, null when liveness did not pass
     * @param similarity      cosine similarity of the match
     * @param templatePurgeAt when the kept template is deleted
     */
    public record FaceView(Instant consentAt, String liveness, String match, Double similarity, Instant templatePurgeAt) {
    }
}
