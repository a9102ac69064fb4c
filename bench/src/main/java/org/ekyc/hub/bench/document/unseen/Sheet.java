package org.ekyc.hub.bench.document.unseen;

import java.awt.image.BufferedImage;
import java.util.Map;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentType;

/**
 * One drawn document before capture: the flat image, its type, the design's name, the key fields
 * as the engine's API states them (ISO dates, alpha-3 codes, digits only) and, for a document that
 * must be refused (the ICAO specimen with its 2012 expiry), the reason expected; null for a genuine one.
 */
public record Sheet(BufferedImage image, DocumentType type, String design, Map<DocumentField, String> expected,
                    ReasonCode expectedReject) {

    /** Key fields from alternating field, value arguments (values as their {@code toString}: ISO dates). */
    static Map<DocumentField, String> fields(Object... fieldsAndValues) {
        Map<DocumentField, String> m = new java.util.EnumMap<>(DocumentField.class);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            m.put((DocumentField) fieldsAndValues[i], String.valueOf(fieldsAndValues[i + 1]));
        }
        return m;
    }
}
