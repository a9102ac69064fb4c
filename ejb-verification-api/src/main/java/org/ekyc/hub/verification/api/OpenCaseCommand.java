package org.ekyc.hub.verification.api;

/**
 * Opens a verification case.
 *
 * @param applicant          who is being verified
 * @param product            what they are onboarding for
 * @param channel            where the request came from
 * @param externalReference  the caller's own reference (customer number, batch line id), optional
 * @param registrationNumber foreigner registration number (외국인등록번호) or resident number, optional; personal data
 */
public record OpenCaseCommand(Applicant applicant, Product product, Channel channel,
                              String externalReference, String registrationNumber) {

    public static final int MAX_REFERENCE = 40;

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
        externalReference = externalReference == null || externalReference.isBlank() ? null : externalReference.trim();
        if (externalReference != null && externalReference.length() > MAX_REFERENCE) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, "externalReference");
        }
        registrationNumber = registrationNumber == null || registrationNumber.isBlank()
                ? null : registrationNumber.replaceAll("[\\s-]", "");
        if (registrationNumber != null && !registrationNumber.matches("[0-9]{13}")) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "registrationNumber");
        }
    }
}
