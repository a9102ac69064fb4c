package org.ekyc.hub.verification.api;

/**
 * Opens a verification case.
 *
 * @param applicant          who is being verified
 * @param product            what they are onboarding for
 * @param channel            where the request came from
 * @param externalReference  the caller's own reference (customer number, batch line id), optional; free text
 *                           without control characters ({@link FieldRules#isCleanText})
 * @param registrationNumber foreigner registration number (외국인등록번호) or resident number, optional; personal data
 * @param idempotencyKey     the channel's key for this request, optional: opening a case twice with the same key
 *                           and the same content returns the first case (a redelivered MQ message, a re-read batch
 *                           line, a retried HTTP call); the same key with other content is refused
 *                           ({@link ReasonCode#IDEMPOTENCY_KEY_REUSED}). The engine scopes the key to the channel
 *                           (a key without the {@code <CHANNEL>:} prefix gets it)
 * @param language           #19 the applicant's language when the channel knows it (the request's {@code language},
 *                           else its Accept-Language): one of {@link ApplicantLanguage#CODES}, any other value is null.
 *                           Not part of the request's fingerprint (a retry in another language is the same request)
 */
public record OpenCaseCommand(Applicant applicant, Product product, Channel channel,
                              String externalReference, String registrationNumber, String idempotencyKey,
                              String language) {

    public static final int MAX_REFERENCE = 40;
    public static final int MAX_IDEMPOTENCY_KEY = 100;

    /** A command without an idempotency key. */
    public OpenCaseCommand(Applicant applicant, Product product, Channel channel, String externalReference,
                           String registrationNumber) {
        this(applicant, product, channel, externalReference, registrationNumber, null, null);
    }

    /** A command without the applicant's language. */
    public OpenCaseCommand(Applicant applicant, Product product, Channel channel, String externalReference,
                           String registrationNumber, String idempotencyKey) {
        this(applicant, product, channel, externalReference, registrationNumber, idempotencyKey, null);
    }

    public OpenCaseCommand {
        if (applicant == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "applicant");
        }
        if (product == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "product");
        }
        if (channel == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "channel");
        }
        if (!FieldRules.isCleanText(externalReference)) {
            throw new InvalidRequestException(ReasonCode.INVALID_CHARACTERS, "externalReference");
        }
        externalReference = externalReference == null || externalReference.isBlank() ? null : externalReference.trim();
        if (externalReference != null && externalReference.length() > MAX_REFERENCE) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, "externalReference");
        }
        registrationNumber = registrationNumber == null || registrationNumber.isBlank()
                ? null : registrationNumber.replaceAll("[\\s-]", "");
        if (registrationNumber != null && !registrationNumber.matches("[0-9]{13}")) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "registrationNumber");
        }
        if (!FieldRules.isCleanText(idempotencyKey)) {
            throw new InvalidRequestException(ReasonCode.INVALID_CHARACTERS, "idempotencyKey");
        }
        idempotencyKey = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        if (idempotencyKey != null && idempotencyKey.length() > MAX_IDEMPOTENCY_KEY) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, "idempotencyKey");
        }
        language = ApplicantLanguage.of(language);
    }

    /** The same command keyed for idempotent opening. */
    public OpenCaseCommand withIdempotencyKey(String key) {
        return new OpenCaseCommand(applicant, product, channel, externalReference, registrationNumber, key, language);
    }

    /** #19 The same command with the applicant's language (null or an unsupported tag: none). */
    public OpenCaseCommand withLanguage(String tag) {
        return new OpenCaseCommand(applicant, product, channel, externalReference, registrationNumber, idempotencyKey, tag);
    }
}
