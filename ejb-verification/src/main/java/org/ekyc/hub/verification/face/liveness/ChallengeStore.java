package org.ekyc.hub.verification.face.liveness;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ekyc.hub.verification.api.face.LivenessChallenge;

/**
 * Where open liveness challenges wait for their selfie. A challenge is taken exactly once; the
 * in-memory store serves one node, the database store ({@code face.internal.store}) a cluster.
 */
public interface ChallengeStore {

    /** Keeps a new challenge; refuses when {@code maxOpen} unexpired challenges are already open. */
    void put(LivenessChallenge challenge, Instant now, int maxOpen);

    /** Removes and returns the challenge of a nonce; empty when unknown or already taken. */
    Optional<LivenessChallenge> take(String nonce);

    /** This node's memory. */
    final class InMemory implements ChallengeStore {
        private final Map<String, LivenessChallenge> open = new ConcurrentHashMap<>();

        @Override
        public void put(LivenessChallenge challenge, Instant now, int maxOpen) {
            open.values().removeIf(c -> c.expiredAt(now));
            if (open.size() >= maxOpen) {
                throw new IllegalStateException("too many open liveness challenges");
            }
            open.put(challenge.nonce(), challenge);
        }

        @Override
        public Optional<LivenessChallenge> take(String nonce) {
            return Optional.ofNullable(open.remove(nonce));
        }
    }
}
