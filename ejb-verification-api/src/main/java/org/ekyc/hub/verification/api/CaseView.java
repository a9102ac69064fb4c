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
                       String screening, DocumentView document) {

    public CaseView {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
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
