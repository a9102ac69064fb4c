package org.ekyc.hub.verification.api;

/**
 * Stable reason codes. The code goes to logs, audit, SOAP faults and legacy records; the text
 * shown to a person is resolved per locale from {@code messages_xx.properties} through
 * {@link LocalizedMessages}. Every code has a message in Korean, English, Chinese and Vietnamese.
 */
public enum ReasonCode {
    FIELD_REQUIRED,
    FIELD_TOO_LONG,
    /**
     * A field holds a character its rule refuses: a control or invisible formatting character anywhere, a
     * digit or symbol in a name, scripts mixed in one name (docs/validation.md). The field is named.
     */
    INVALID_CHARACTERS,
    INVALID_NATIONALITY,
    /** An address's country is not an ISO 3166-1 alpha-3 code. */
    INVALID_ADDRESS_COUNTRY,
    INVALID_BIRTH_DATE,
    INVALID_EMAIL,
    INVALID_PHONE,
    UNKNOWN_PRODUCT,
    MALFORMED_REQUEST,
    /** A request or message of a kind the channel does not read (REST: not JSON; MQ: not bytes or text); never echoed. */
    UNSUPPORTED_MEDIA_TYPE,
    /** A request body larger than the channel accepts (REST 413). */
    REQUEST_TOO_LARGE,
    CASE_NOT_FOUND,
    /**
     * The idempotency key was already used, by the same caller, for a request with other content (another
     * person, product or reference): the key answers only a repeat of its first request.
     */
    IDEMPOTENCY_KEY_REUSED,
    MALFORMED_RECORD,
    BATCH_TRAILER_COUNT_MISMATCH,
    BATCH_HEADER_MISSING,
    BATCH_TRAILER_MISSING,
    REGISTRY_UNAVAILABLE,
    STAY_NOT_VALID,
    REGISTRY_NO_MATCH,
    /**
     * The immigration registry refused the hub's own credentials (WS-Security): a fault of the hub's
     * configuration, not of the applicant; the check waits PENDING until the registry accepts them.
     */
    REGISTRY_ACCESS_REFUSED,
    INTERNAL_ERROR,
    FACE_IMAGE_UNREADABLE,
    FACE_IMAGE_TOO_LARGE,
    FACE_NOT_FOUND,
    FACE_MULTIPLE,
    FACE_TOO_SMALL,
    FACE_POSE_EXTREME,
    FACE_NO_MATCH,
    FACE_MATCH_REVIEW,
    SPOOF_SUSPECTED,
    SPOOF_REVIEW,
    LIVENESS_CHALLENGE_UNKNOWN,
    LIVENESS_CHALLENGE_EXPIRED,
    LIVENESS_FRAME_COUNT,
    LIVENESS_FRAME_TIMING,
    LIVENESS_FRAME_REPLAYED,
    LIVENESS_FACE_CHANGED,
    LIVENESS_ACTION_ORDER,
    LIVENESS_ACTION_MISSING,
    CONSENT_REQUIRED,
    LIVENESS_CHALLENGE_NOT_FOR_CASE,
    /** Screening: a sanctions HIT, to be confirmed or dismissed by a compliance officer. */
    SANCTIONS_HIT,
    /** Screening: a POTENTIAL sanctions match; the case becomes ENHANCED. */
    SANCTIONS_POTENTIAL,
    /** Screening: no list version in service; a technical condition, the check is repeated. */
    SCREENING_UNAVAILABLE,
    /** Screening: the applicant matches an entry of the PEP list; not a sanctions hit, the case becomes ENHANCED. */
    PEP_MATCH,
    /** Re-screening after a list update matched a decided case: a finding for compliance, the decision stands. */
    SCREENING_MATCH_AFTER_DECISION,
    /** Risk tier ENHANCED: video interview and source-of-funds evidence for a human reviewer. */
    ENHANCED_DUE_DILIGENCE,
    // document check: bad input, retake, validation
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
    /** The frames of one capture read a field differently: the field goes to review. */
    DOCUMENT_FRAMES_DISAGREE,
    /**
     * A finding that would reject the document rests on one read only (one photo, or frames that do not
     * agree, and no check digit that confirms the value): the customer takes the photo again.
     */
    DOCUMENT_READ_UNCERTAIN,
    /** A capture sent no frame or more frames than accepted. */
    DOCUMENT_FRAME_COUNT,
    /** The latest stay expiry on the back of the residence card has passed. */
    STAY_EXPIRED,
    /** The stay-extension entries on the back of the card are not in order (permit after expiry, dates going back). */
    STAY_EXTENSION_INCONSISTENT,
    // the document against the applicant of the case (one person)
    /** The name on the document is not the applicant's, even allowing for order, spacing, hyphens, middle names and romanisation. */
    DOCUMENT_NAME_MISMATCH,
    /** The name on the document is the applicant's written another way (order, middle name, romanisation): noted, not a mismatch. */
    DOCUMENT_NAME_VARIANT,
    /** The date of birth on the document is not the applicant's. */
    DOCUMENT_BIRTH_DATE_MISMATCH,
    /** The nationality on the document is not the applicant's. */
    DOCUMENT_NATIONALITY_MISMATCH,
    /** The sex on the document is not the one the applicant's registration number encodes. */
    DOCUMENT_SEX_MISMATCH,
    /** The registration number on the document is not the one the case was opened with. */
    DOCUMENT_REGISTRATION_NUMBER_MISMATCH,
    /** No face could be found on the document's portrait: a pasted-over or missing photo. */
    DOCUMENT_PORTRAIT_NO_FACE,
    /** The document's face is not where its layout puts the portrait. */
    DOCUMENT_PORTRAIT_MISPLACED,
    /** The document's portrait shows a screen's pixel grid or moiré: a photo of a screen, not of the document. */
    DOCUMENT_SCREEN_RECAPTURE,
    /**
     * The document's portrait was found but its face cannot be used for the face match (too small, blurred,
     * turned, two faces): the document must be photographed again; never a reason to move the selfie camera.
     */
    DOCUMENT_PORTRAIT_UNUSABLE,
    /** A face check needs an accepted document with a usable portrait on the case first: the face is matched against it. */
    DOCUMENT_REQUIRED,
    /** The selfie request carries a portrait: the hub matches only against the portrait of the document it read. */
    SELFIE_PORTRAIT_NOT_ACCEPTED,
    /** The case was already approved or rejected. */
    CASE_ALREADY_DECIDED,
    /** Approval needs more non-face-to-face verification methods (FSC rule). */
    NON_FACE_TO_FACE_INSUFFICIENT,
    /** Approval of an ENHANCED case needs its due-diligence tasks completed. */
    ENHANCED_TASKS_OPEN,
    /** The case is waiting for the customer (a retake) and cannot be approved now. */
    DECISION_NOT_ALLOWED,
    /**
     * A decision carried verification methods or due-diligence tasks as claims (attestedMethods,
     * completedTasks): they count only from the evidence the hub recorded, so the request is refused.
     */
    CLAIMS_NOT_ACCEPTED,
    /** A review evidence record (video interview, source of funds) has a field that cannot be right. */
    EVIDENCE_INVALID,
    /** An ENHANCED case is approved by two different reviewers: the same reviewer cannot give the second approval. */
    SECOND_REVIEWER_REQUIRED,
    /** The second approval of an ENHANCED case is given by a senior reviewer (role {@code senior-reviewer}). */
    SENIOR_REVIEWER_REQUIRED,
    /**
     * A decision or review evidence named a reviewer who is not the authenticated caller: the hub records
     * who authenticated, never a name typed into a request.
     */
    REVIEWER_NOT_CALLER,
    /** The authenticated caller's roles do not allow this operation (HTTP 403, a SOAP fault). */
    ACCESS_DENIED,
    /** A customer's step without a capture token that is good (unknown, expired): HTTP 401. */
    CAPTURE_TOKEN_INVALID,
    /** A hand-off code that is unknown, expired or used already: HTTP 401. */
    HANDOFF_CODE_INVALID,
    /** Too many tries of a step that costs the hub work (challenge, document, selfie, hand-off code): HTTP 429. */
    RATE_LIMITED,
    /** An ENHANCED case approved by one reviewer waits for a second, different reviewer's approval (four eyes). */
    SECOND_APPROVAL_PENDING,
    /** The case could not be screened (screening unavailable) and cannot be approved until it is. */
    SCREENING_REQUIRED,
    /** Core banking refused to open the account of an approved case (its return code is on the case). */
    ACCOUNT_OPENING_REFUSED,
    // resident registry and tax authority
    /** The resident registry has no card with this name, number and issue date. */
    RESIDENT_ID_NO_MATCH,
    /** The resident registry reports the card lost or stolen. */
    RESIDENT_ID_REPORTED_LOST,
    /** The resident registry gave no usable answer; the ID card check stays PENDING. */
    RESIDENT_REGISTRY_UNAVAILABLE,
    /** An ID card check was asked for a case whose document is not a resident ID card or driver's licence. */
    RESIDENT_CHECK_NOT_APPLICABLE,
    /** The tax authority reports no declared income for the year (not filed, not registered, closed, unknown). */
    INCOME_NOT_DECLARED,
    /** The tax authority gave no usable answer; the income check stays PENDING. */
    TAX_AUTHORITY_UNAVAILABLE,
    // telecom identity (휴대폰 본인확인) and credit bureau over TCP telegrams
    /** The one-time code entered does not match the one the carrier sent; the customer may try again. */
    PHONE_OTP_MISMATCH,
    /** The one-time code has expired or was tried too often: the phone verification must be started again. */
    PHONE_OTP_EXPIRED,
    /** The carrier does not confirm that the phone belongs to the applicant (no subscriber, or other details). */
    PHONE_NOT_VERIFIED,
    /** An OTP was confirmed for a case whose phone verification was not started (or is already done). */
    PHONE_VERIFICATION_NOT_STARTED,
    /** The telecom identity service could not be reached, timed out or its circuit is open. */
    TELECOM_UNAVAILABLE,
    /** The credit bureau could not be reached, timed out or its circuit is open. */
    CREDIT_BUREAU_UNAVAILABLE,
    /** A peer answered with a telegram that does not match the agreed layout (short, long, garbled). */
    PEER_REPLY_MALFORMED,
    /**
     * The hub could not build a peer's request from the case's values (e.g. a control character XML 1.0
     * cannot carry): the case's error, not the peer's; the check left the retry rotation and a person reviews the case.
     */
    PEER_REQUEST_INVALID,
    /** A peer gave no usable answer after the allowed number of tries: the check left the retry rotation, a person reviews the case. */
    PEER_CHECK_GAVE_UP,
    /** A credit summary is asked only for loan products. */
    CREDIT_CHECK_NOT_APPLICABLE,
    /** The applicant's consent to the credit enquiry (신용정보 조회 동의) is required. */
    CREDIT_CONSENT_REQUIRED,
    /** The credit bureau has no file for the applicant, or a file under other details: a reviewer decides. */
    CREDIT_NO_RECORD,
    // --- #19 the reviewer's queue and decisions ---
    /** The decision's reason is not one of the list for its outcome (GET /api/v1/review/decision-reasons). */
    DECISION_REASON_UNKNOWN,
    /** The case is claimed by another reviewer: only they decide it (a senior reviewer may release the claim). */
    CASE_CLAIMED,
    /** The reviewer already holds as many claimed cases as allowed (KYC_REVIEW_MAX_CLAIMS). */
    REVIEWER_LIMIT_REACHED,
    /** The case is not waiting for a person (not in REVIEW): it cannot be claimed. */
    CASE_NOT_IN_REVIEW,
    // #19 operations dashboard (funnel events, dashboard period)
    /** A funnel event from the capture page outside the vocabulary (step, event, language, device class, reason code). */
    FUNNEL_EVENT_INVALID,
    /** The dashboard's period: {@code from} and {@code to} must be ISO-8601 instants, from before to, at most 366 days apart. */
    PERIOD_INVALID,
    // --- #19 dispositions, reject reasons, asking the customer for more (s19-rev) ---
    /** A screening match of the case has no disposition (match / no match) yet: the case cannot be approved. */
    MATCHES_NOT_DISPOSED,
    /** A reviewer marked a screening match as the applicant (MATCH): the case can only be rejected. */
    SCREENING_MATCH_CONFIRMED,
    /** The case has no screening match with this id. */
    MATCH_NOT_FOUND,
    /** A rejection, or a request for more from the customer, needs a reason from the list (what the customer is shown). */
    DECISION_REASON_REQUIRED,
    /** A reviewer asked the customer for more: the case waits (RETRY) for the re-opened step only. */
    MORE_INFO_REQUESTED,
    /** The case waits for the customer to resubmit another step: this one is not re-opened. */
    STEP_NOT_REOPENED,
    // --- #18 the customer's flow: consent refused, upload from a file, corrected fields ---
    /** The customer refused the processing of their face (biometric data): the case is closed, REJECTED, never approved. */
    CONSENT_REFUSED,
    /** The customer answered the consent question already, the other way: a second, different answer is refused (409). */
    CONSENT_ALREADY_ANSWERED,
    /** The document came as a file, not captured with the camera in the flow: a person looks at it (REVIEW), never automatic approval. */
    DOCUMENT_UPLOADED_NOT_CAPTURED,
    /** The customer corrected a key field (name, birth date, document number) that the hub read otherwise: a person compares them (REVIEW). */
    DOCUMENT_KEY_FIELD_CORRECTED;

    /** The key of this code's message in the resource bundles. */
    public String messageKey() {
        return "reason." + name();
    }
}
