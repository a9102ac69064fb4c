package org.ekyc.hub.verification.api.face;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A server-issued active liveness challenge: the client records a short frame sequence in which
 * the customer performs {@code actions} in order, and sends it back with {@code nonce} before
 * {@code expiresAt}. A nonce is accepted once.
 */
public record LivenessChallenge(String nonce, List<LivenessAction> actions, Instant issuedAt, Instant expiresAt) {

    public LivenessChallenge {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (nonce.length() < 16) {
            throw new IllegalArgumentException("nonce too short");
        }
        actions = List.copyOf(actions);
        if (actions.size() < 2 || actions.size() > 3) {
            throw new IllegalArgumentException("a challenge has 2 or 3 actions, not " + actions.size());
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("expiresAt must be after issuedAt");
        }
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
