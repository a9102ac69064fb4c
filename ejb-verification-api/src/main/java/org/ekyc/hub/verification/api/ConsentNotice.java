package org.ekyc.hub.verification.api;

import java.util.Locale;

/** The checks a consent answer's notice shares, whichever way the applicant answered ({@link Consent}, {@link ConsentRefusal}). */
final class ConsentNotice {

    /** The longest notice version kept on the case. */
    static final int MAX_VERSION_LENGTH = 20;

    private ConsentNotice() {
    }

    /** The notice version shown, trimmed; FIELD_REQUIRED when missing, FIELD_TOO_LONG over {@link #MAX_VERSION_LENGTH}. */
    static String version(String noticeVersion) {
        if (noticeVersion == null || noticeVersion.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "noticeVersion");
        }
        String v = noticeVersion.trim();
        if (v.length() > MAX_VERSION_LENGTH) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, "noticeVersion");
        }
        return v;
    }

    /** The language the notice was shown in, trimmed; MALFORMED_REQUEST unless one of the four the hub speaks. */
    static String language(String language) {
        if (language == null || !LocalizedMessages.SUPPORTED.contains(Locale.forLanguageTag(language.trim()))) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "language");
        }
        return language.trim();
    }
}
