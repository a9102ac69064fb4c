package org.ekyc.hub.verification.api;

/**
 * The applicant's refusal of the processing of face images (biometric data), as the notice was shown to them:
 * which notice (version) in which language. Recorded on the case as evidence; the case is closed (REJECTED,
 * {@link ReasonCode#CONSENT_REFUSED}) and no face image is accepted any more.
 */
public record ConsentRefusal(String noticeVersion, String language) {

    public ConsentRefusal {
        noticeVersion = ConsentNotice.version(noticeVersion);
        language = ConsentNotice.language(language);
    }
}
