package org.ekyc.hub.verification.api.face;

import jakarta.ejb.ApplicationException;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * An image the engine cannot use (not an image, truncated, too large). Carries a retake reason
 * code; never the image or any part of it.
 */
@ApplicationException(rollback = true)
public class FaceImageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ReasonCode reason;

    public FaceImageException(ReasonCode reason, String detail) {
        super(reason.name() + ": " + detail);
        this.reason = reason;
    }

    public ReasonCode reason() {
        return reason;
    }
}
