package org.ekyc.hub.verification.api.risk;

/**
 * The non-face-to-face identification methods of the Financial Services Commission's guidance on
 * non-face-to-face real-name verification (비대면 실명확인 가이드라인): an account opening needs at
 * least two of the five, and a further one is recommended.
 */
public enum VerificationMethod {
    /** Copy of the ID document submitted and verified with the issuing authority. */
    ID_COPY_VERIFIED,
    /** Video call with an employee. */
    VIDEO_CALL,
    /** Identity checked when the access medium (card, OTP device) is delivered. */
    ACCESS_MEDIUM_DELIVERY,
    /** Confirmation through an account the customer already holds at another institution. */
    EXISTING_ACCOUNT,
    /** Biometric match (live face against the document portrait). */
    BIOMETRIC_MATCH
}
