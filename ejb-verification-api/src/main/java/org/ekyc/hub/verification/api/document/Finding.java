package org.ekyc.hub.verification.api.document;

import org.ekyc.hub.verification.api.ReasonCode;

/**
 * A reason code with its severity and evidence (what was measured or compared; never a full
 * registration number).
 */
public record Finding(ReasonCode code, Severity severity, String evidence) {

    public Finding {
        if (code == null || severity == null) {
            throw new IllegalArgumentException("code and severity are required");
        }
        evidence = evidence == null ? "" : evidence;
    }
}
