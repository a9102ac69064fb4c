package org.ekyc.hub.verification.api.peer.immigration;

import org.ekyc.hub.verification.api.peer.PeerAnswer;
import org.ekyc.hub.verification.api.peer.Peer;
import java.time.LocalDate;

/**
 * What the immigration registry (법무부) said about an applicant's stay.
 *
 * @param outcome        the canonical outcome
 * @param stayStatusCode 체류자격 code such as {@code E-9} or {@code F-4}, when known
 * @param stayExpiry     체류기간 end, when known
 * @param peerCode       the registry's own result code, kept for audit
 */
public record StayStatus(RegistryCheckOutcome outcome, String stayStatusCode, LocalDate stayExpiry, String peerCode) implements PeerAnswer {

    @Override
    public Peer peer() {
        return Peer.IMMIGRATION_REGISTRY;
    }

    public StayStatus {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required");
        }
    }

    /** The registry could not be reached or answered with a fault. */
    public static StayStatus unavailable(String why) {
        return new StayStatus(RegistryCheckOutcome.UNAVAILABLE, null, null, why);
    }

    /** The registry refused the hub's credentials; {@code why} is the peer's fault code, for audit. */
    public static StayStatus accessRefused(String why) {
        return new StayStatus(RegistryCheckOutcome.ACCESS_REFUSED, null, null, why);
    }
}
