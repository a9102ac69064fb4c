package org.ekyc.hub.verification.face.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.ekyc.hub.verification.api.face.LivenessAction;
import org.ekyc.hub.verification.api.face.LivenessChallenge;

/** An issued liveness challenge not yet redeemed, shared by every node; deleted when taken. */
@Entity
@Table(name = "open_challenge")
public class OpenChallenge {

    @Id
    @Column(length = 64)
    private String nonce;

    /** The actions in order, comma-separated enum names. */
    @Column(nullable = false, length = 100)
    private String actions;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected OpenChallenge() {
    }

    OpenChallenge(LivenessChallenge c) {
        this.nonce = c.nonce();
        this.actions = String.join(",", c.actions().stream().map(Enum::name).toList());
        this.issuedAt = c.issuedAt();
        this.expiresAt = c.expiresAt();
    }

    LivenessChallenge challenge() {
        List<LivenessAction> list = Arrays.stream(actions.split(",")).map(LivenessAction::valueOf).toList();
        return new LivenessChallenge(nonce, list, issuedAt, expiresAt);
    }
}
