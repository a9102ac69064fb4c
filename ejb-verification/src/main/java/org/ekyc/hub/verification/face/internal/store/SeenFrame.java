package org.ekyc.hub.verification.face.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The SHA-256 of a liveness frame already submitted (never the frame): shared by every node, so a
 * replayed frame is refused whichever node receives it and after a restart.
 */
@Entity
@Table(name = "seen_frame")
public class SeenFrame {

    @Id
    @Column(length = 64)
    private String hash;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected SeenFrame() {
    }

    SeenFrame(String hash, Instant seenAt) {
        this.hash = hash;
        this.seenAt = seenAt;
    }
}
