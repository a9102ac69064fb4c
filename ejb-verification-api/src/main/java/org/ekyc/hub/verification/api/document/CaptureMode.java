package org.ekyc.hub.verification.api.document;

import java.util.Locale;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * How the document's photo came to the hub: taken with the camera in the capture flow ({@link #CAMERA}),
 * or a file the customer chose ({@link #UPLOAD}: an image the hub did not see being taken, so a person looks at
 * it, {@link ReasonCode#DOCUMENT_UPLOADED_NOT_CAPTURED}). Recorded on the case with the document.
 */
public enum CaptureMode {
    CAMERA,
    UPLOAD;

    /**
     * The mode a request names; CAMERA when it names none (older clients, the SOAP channel).
     * @throws InvalidRequestException MALFORMED_REQUEST (field {@code captureMode}) for any other value
     */
    public static CaptureMode of(String name) {
        if (name == null || name.isBlank()) {
            return CAMERA;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "captureMode");
        }
    }
}
