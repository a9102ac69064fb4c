package org.ekyc.hub.verification.api;

import jakarta.ejb.ApplicationException;

/**
 * A request a channel sent that the hub refuses as it stands. Carries a stable reason code and
 * the name of the offending field; never the offending value, which may be personal data.
 */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ReasonCode reason;
    private final String field;

    public InvalidRequestException(ReasonCode reason, String field) {
        super(reason.name() + (field == null ? "" : " (" + field + ")"));
        this.reason = reason;
        this.field = field;
    }

    public ReasonCode reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
