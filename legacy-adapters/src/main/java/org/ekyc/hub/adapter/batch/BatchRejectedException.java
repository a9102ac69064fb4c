package org.ekyc.hub.adapter.batch;

import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.verification.api.ReasonCode;

/** A whole batch file refused: it goes to the error directory with a reason file; nothing of it is processed. */
public class BatchRejectedException extends MalformedRecordException {

    private static final long serialVersionUID = 1L;

    private final ReasonCode reason;

    public BatchRejectedException(ReasonCode reason, String detail, int line, Throwable cause) {
        super(reason.name() + ": " + detail, line, cause);
        this.reason = reason;
    }

    public ReasonCode reason() {
        return reason;
    }
}
