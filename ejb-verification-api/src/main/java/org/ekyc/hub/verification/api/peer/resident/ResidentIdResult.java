package org.ekyc.hub.verification.api.peer.resident;

import org.ekyc.hub.verification.api.peer.PeerAnswer;
import org.ekyc.hub.verification.api.peer.Peer;

/**
 * The resident registry's answer.
 *
 * @param outcome  the canonical outcome
 * @param peerCode the registry's own result code, for audit
 */
public record ResidentIdResult(ResidentIdOutcome outcome, String peerCode) implements PeerAnswer {

    @Override
    public Peer peer() {
        return Peer.RESIDENT_REGISTRY;
    }

    public ResidentIdResult {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required");
        }
    }
}
