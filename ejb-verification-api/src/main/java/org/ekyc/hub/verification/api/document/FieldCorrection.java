package org.ekyc.hub.verification.api.document;

import java.util.Locale;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * #18 A value the customer typed for a field the hub read from their document (the capture page's confirm screen).
 * Kept beside what was read, never instead of it: the engine compares it with its own reading, and a key field
 * (name, birth date, registration number) that differs sends the case to a person
 * ({@link ReasonCode#DOCUMENT_KEY_FIELD_CORRECTED}).
 */
public record FieldCorrection(DocumentField field, String value) {

    /** The longest value taken. */
    public static final int MAX_VALUE_LENGTH = 100;
    /** The most corrections one request carries. */
    public static final int MAX_CORRECTIONS = 20;

    public FieldCorrection {
        if (field == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "field");
        }
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "value");
        }
        value = value.strip();
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, "value");
        }
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new InvalidRequestException(ReasonCode.INVALID_CHARACTERS, "value");
        }
    }

    /**
     * A correction as a request names it ({@code SURNAME}, or {@code surname}, {@code givenNames}).
     * @throws InvalidRequestException MALFORMED_REQUEST (field {@code field}) for a field the documents do not have
     */
    public static FieldCorrection of(String field, String value) {
        if (field == null || field.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "field");
        }
        String name = field.strip().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            return new FieldCorrection(DocumentField.valueOf(name), value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "field");
        }
    }
}
