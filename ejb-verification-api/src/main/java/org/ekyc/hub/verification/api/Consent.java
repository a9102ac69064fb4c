package org.ekyc.hub.verification.api;

/**
 * The applicant's consent to the processing of face images (biometric data), as shown to them:
 * which notice (version) in which language, and for how many days the face template may be kept.
 * Must be recorded on the case before any face image is accepted.
 */
public record Consent(String noticeVersion, String language, int templateRetentionDays) {

    public static final int MAX_RETENTION_DAYS = 30;

    public Consent {
        noticeVersion = ConsentNotice.version(noticeVersion);
        language = ConsentNotice.language(language);
        if (templateRetentionDays < 1 || templateRetentionDays > MAX_RETENTION_DAYS) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "templateRetentionDays");
        }
    }
}
