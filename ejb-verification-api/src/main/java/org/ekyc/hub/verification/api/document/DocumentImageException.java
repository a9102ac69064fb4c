package org.ekyc.hub.verification.api.document;

import jakarta.ejb.ApplicationException;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * The uploaded file is not an image the engine reads: not an image at all, truncated, a format
 * other than JPEG or PNG, or too large (checked from the header before decoding). Carries the code
 * to answer with; a channel maps it to a 4xx, never a 5xx.
 */
@ApplicationException(rollback = true)
public class DocumentImageException extends Exception {

    private static final long serialVersionUID = 1L;
    private final ReasonCode code;

    public DocumentImageException(ReasonCode code, String detail) {
        super(code + ": " + detail);
        this.code = code;
    }

    public ReasonCode code() {
        return code;
    }
}
