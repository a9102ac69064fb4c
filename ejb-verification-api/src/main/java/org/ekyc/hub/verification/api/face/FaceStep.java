package org.ekyc.hub.verification.api.face;

import jakarta.ejb.Local;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.ConsentRefusal;
import org.ekyc.hub.verification.api.FaceCheck;
import org.ekyc.hub.verification.api.InvalidRequestException;

/** The face step of a case: consent, the liveness challenge, the face check and the template's retention. */
@Local
public interface FaceStep {

    /** Records the applicant's consent to face processing (audited). */
    CaseView recordConsent(String caseId, Consent consent);

    /**
     * #18 Records the applicant's refusal of face processing as evidence (audited with the caller) and closes the
     * case: REJECTED with CONSENT_REFUSED, decided by the customer; no biometric step is accepted after it. The
     * same refusal again answers the case as it stands.
     * @throws InvalidRequestException CONSENT_ALREADY_ANSWERED when consent was given on the case (409)
     */
    CaseView recordConsentRefusal(String caseId, ConsentRefusal refusal);

    /**
     * Binds a liveness challenge to the case, so only a frame sequence for this case can use it.
     * @throws InvalidRequestException CONSENT_REQUIRED when no consent is recorded
     */
    void bindLivenessChallenge(String caseId, String nonce);

    /**
     * Checks, before any face image of the case is looked at, that consent is recorded, that the
     * challenge was issued for this case and that a document with a usable portrait was accepted on it.
     * @return the template of the accepted document's portrait, the only face the live face is matched against
     * @throws InvalidRequestException CONSENT_REQUIRED, LIVENESS_CHALLENGE_NOT_FOR_CASE or DOCUMENT_REQUIRED
     */
    FaceTemplate checkFaceCheckAllowed(String caseId, String nonce);

    /** Records a face check: outcomes, reasons and the encrypted live template with its purge date. */
    CaseView recordFaceCheck(String caseId, FaceCheck check);

    /** Deletes face templates whose retention period is over; returns how many (audited). */
    int purgeExpiredFaceTemplates();
}
