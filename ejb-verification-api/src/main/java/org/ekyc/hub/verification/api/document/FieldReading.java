package org.ekyc.hub.verification.api.document;

/**
 * One field as read.
 *
 * @param field      which field
 * @param source     MRZ or VIZ
 * @param value      normalised value (dates ISO-8601 {@code yyyy-MM-dd}); registration numbers in full:
 *                   callers must mask them before logging
 * @param confidence 0..1: OCR confidence, 1.0 for an MRZ field whose check digit matches
 */
public record FieldReading(DocumentField field, FieldSource source, String value, double confidence) {

    public FieldReading {
        if (field == null || source == null || value == null) {
            throw new IllegalArgumentException("field, source and value are required");
        }
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be within 0..1");
        }
    }
}
