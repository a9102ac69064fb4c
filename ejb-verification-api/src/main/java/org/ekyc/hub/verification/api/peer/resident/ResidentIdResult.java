package org.ekyc.hub.verification.api.peer.resident;

/**
 * The resident registry's answer.
 *
 * @param outcome  the canonical outcome
 * @param peerCode the registry's own result code, for audit
 */
public record ResidentIdResult(ResidentIdOutcome outcome, String peerCode) {

    public ResidentIdResult {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required");
        }
    }
}
