package org.ekyc.hub.verification.api.document;

/**
 * One field as read.
 *
 * @param field      which field
 * @param source     MRZ or VIZ
 * @param value      normalised value (dates ISO-8601 {@code yyyy-MM-dd}); registration numbers in full:
 *                   callers must mask them before logging
 * @param confidence 0..1: OCR confidence, 1.0 for an MRZ field whose check digit matches
 * @param location   how the field was found on the document: the layout's region (and every MRZ field), its
 *                   printed label, or its pattern anywhere on the document
 */
public record FieldReading(DocumentField field, FieldSource source, String value, double confidence, FieldLocation location) {

    public FieldReading {
        if (field == null || source == null || value == null || location == null) {
            throw new IllegalArgumentException("field, source, value and location are required");
        }
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be within 0..1");
        }
    }

    /** A field read where the layout (or the MRZ) puts it. */
    public FieldReading(DocumentField field, FieldSource source, String value, double confidence) {
        this(field, source, value, confidence, FieldLocation.REGION);
    }
}
