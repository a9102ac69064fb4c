package org.ekyc.hub.verification.api;

/**
 * Stable reason codes. The code goes to logs, audit, SOAP faults and legacy records; the text
 * shown to a person is resolved per locale from {@code messages_xx.properties} through
 * {@link LocalizedMessages}. Every code has a message in Korean, English, Chinese and Vietnamese.
 */
public enum ReasonCode {
    FIELD_REQUIRED,
    FIELD_TOO_LONG,
    INVALID_NATIONALITY,
    INVALID_BIRTH_DATE,
    INVALID_EMAIL,
    INVALID_PHONE,
    UNKNOWN_PRODUCT,
    MALFORMED_REQUEST,
    CASE_NOT_FOUND,
    MALFORMED_RECORD,
    BATCH_TRAILER_COUNT_MISMATCH,
    BATCH_HEADER_MISSING,
    BATCH_TRAILER_MISSING,
    REGISTRY_UNAVAILABLE,
    STAY_NOT_VALID,
    REGISTRY_NO_MATCH,
    // document check (issue #3): bad input, retake, validation
    IMAGE_UNREADABLE,
    IMAGE_FORMAT_UNSUPPORTED,
    IMAGE_TOO_LARGE,
    IMAGE_TOO_SMALL,
    IMAGE_BLURRED,
    IMAGE_TOO_DARK,
    IMAGE_OVEREXPOSED,
    IMAGE_GLARE,
    DOCUMENT_NOT_FOUND,
    DOCUMENT_CUT_OFF,
    DOCUMENT_SKEWED,
    MRZ_UNREADABLE,
    DOCUMENT_TYPE_UNKNOWN,
    MRZ_CHECK_DIGIT,
    MRZ_VIZ_MISMATCH,
    DOCUMENT_EXPIRED,
    DOCUMENT_DATE_INVALID,
    DOCUMENT_NATIONALITY_UNKNOWN,
    REGISTRATION_NUMBER_CHECKSUM,
    REGISTRATION_NUMBER_MISMATCH,
    STAY_STATUS_UNKNOWN,
    DOCUMENT_FIELD_UNREADABLE,
    INTERNAL_ERROR;

    /** The key of this code's message in the resource bundles. */
    public String messageKey() {
        return "reason." + name();
    }
}
