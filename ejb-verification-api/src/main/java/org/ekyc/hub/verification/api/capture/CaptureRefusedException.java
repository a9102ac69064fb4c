package org.ekyc.hub.verification.api.capture;

import jakarta.ejb.ApplicationException;
import org.ekyc.hub.verification.api.ReasonCode;

/** A capture token or hand-off code that opens nothing (unknown, expired, used): HTTP 401 with its reason. */
@ApplicationException(rollback = true)
public class CaptureRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ReasonCode reason;

    public CaptureRefusedException(ReasonCode reason) {
        super(reason.name());
        this.reason = reason;
    }

    public ReasonCode reason() {
        return reason;
    }
}
