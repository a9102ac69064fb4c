package org.ekyc.hub.verification.api.screening;

import jakarta.ejb.ApplicationException;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * No list version is in service (none configured, or the first load failed). A technical
 * condition, never a CLEAR result: the caller repeats the check later ({@link ReasonCode#SCREENING_UNAVAILABLE}).
 */
@ApplicationException(rollback = false)
public class ScreeningUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScreeningUnavailableException(String message) {
        super(message);
    }

    public ReasonCode reasonCode() {
        return ReasonCode.SCREENING_UNAVAILABLE;
    }
}
