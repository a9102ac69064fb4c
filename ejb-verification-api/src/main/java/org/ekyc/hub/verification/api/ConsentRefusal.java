package org.ekyc.hub.verification.api;

import java.util.Locale;

/**
 * The applicant's refusal of the processing of face images (biometric data), as the notice was shown to them:
 * which notice (version) in which language. Recorded on the case as evidence; the case is closed (REJECTED,
 * {@link ReasonCode#CONSENT_REFUSED}) and no face image is accepted any more.
 */
public record ConsentRefusal(String noticeVersion, String language) {

    public ConsentRefusal {
        if (noticeVersion == null || noticeVersion.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "noticeVersion");
        }
        noticeVersion = noticeVersion.trim();
        if (noticeVersion.length() > 20) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, "noticeVersion");
        }
        if (language == null || !LocalizedMessages.SUPPORTED.contains(Locale.forLanguageTag(language.trim()))) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "language");
        }
        language = language.trim();
    }
}
