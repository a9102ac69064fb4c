package org.ekyc.hub.verification.api.peer.telecom;

import org.ekyc.hub.verification.api.peer.PeerAnswer;
import org.ekyc.hub.verification.api.peer.Peer;

/**
 * The carrier's answer to a phone identity request.
 *
 * @param outcome          OTP_SENT, NO_SUBSCRIBER or IDENTITY_MISMATCH
 * @param transactionId    the carrier's transaction to confirm the code against (OTP_SENT only)
 * @param expiresInSeconds how long the code is valid (OTP_SENT only)
 * @param peerCode         the carrier's response code, kept for audit
 */
public record OtpChallenge(PhoneCheckOutcome outcome, String transactionId, int expiresInSeconds, String peerCode) implements PeerAnswer {

    @Override
    public Peer peer() {
        return Peer.TELECOM_IDENTITY;
    }

    public OtpChallenge {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required");
        }
        if (outcome == PhoneCheckOutcome.OTP_SENT && (transactionId == null || transactionId.isBlank())) {
            throw new IllegalArgumentException("an OTP sent needs the carrier's transaction id");
        }
    }
}
