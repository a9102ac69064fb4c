package org.ekyc.hub.verification.api;

/** The product the applicant is onboarding for; it decides which checks the case needs. */
public enum Product {
    ACCOUNT, LOAN, INSURANCE, CARD, MOBILE_LINE, REMITTANCE, DIGITAL_ASSETS;

    /** Parses a product code as it arrives from a channel (case-insensitive, trimmed). */
    public static Product fromCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "product");
        }
        try {
            return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(ReasonCode.UNKNOWN_PRODUCT, "product");
        }
    }
}
