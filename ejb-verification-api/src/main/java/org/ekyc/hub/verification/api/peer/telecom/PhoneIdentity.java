package org.ekyc.hub.verification.api.peer.telecom;

import org.ekyc.hub.verification.api.peer.PeerAnswer;
import org.ekyc.hub.verification.api.peer.Peer;

/**
 * The carrier's answer to an OTP confirmation: on success the applicant's connecting information
 * (CI, 88 characters, the same for one person across all services) and duplicate information (DI,
 * 64 characters, per service). Both are personal data: the engine stores them sealed.
 *
 * @param outcome  VERIFIED, OTP_MISMATCH or OTP_EXPIRED
 * @param ci       connecting information (VERIFIED only)
 * @param di       duplicate information (VERIFIED only)
 * @param peerCode the carrier's response code, kept for audit
 */
public record PhoneIdentity(PhoneCheckOutcome outcome, String ci, String di, String peerCode) implements PeerAnswer {

    @Override
    public Peer peer() {
        return Peer.TELECOM_IDENTITY;
    }

    public static final int CI_LENGTH = 88;
    public static final int DI_LENGTH = 64;

    public PhoneIdentity {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required");
        }
        if (outcome == PhoneCheckOutcome.VERIFIED
                && (ci == null || ci.length() != CI_LENGTH || di == null || di.length() != DI_LENGTH)) {
            throw new IllegalArgumentException("a verified phone needs a CI of " + CI_LENGTH + " and a DI of "
                    + DI_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "PhoneIdentity[outcome=" + outcome + ", peerCode=" + peerCode + "]";
    }
}
