package org.ekyc.hub.verification.api.capture;

import java.time.Instant;

/**
 * A capture token or hand-off code just issued: the secret itself (shown once, kept by the hub only as
 * its hash), the case it is for and until when it is good.
 */
public record CaptureGrant(String caseId, String secret, Instant expiresAt) {

    @Override
    public String toString() {
        return "CaptureGrant[caseId=" + caseId + ", secret=***, expiresAt=" + expiresAt + "]";
    }
}
