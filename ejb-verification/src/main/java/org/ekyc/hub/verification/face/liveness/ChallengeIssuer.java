package org.ekyc.hub.verification.face.liveness;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.face.LivenessAction;
import org.ekyc.hub.verification.api.face.LivenessChallenge;

/**
 * Issues challenges (256-bit random nonce, 2–3 actions drawn at random with no action twice in a
 * row, an expiry) and hands each one back exactly once. Open challenges live in memory on this node.
 */
public final class ChallengeIssuer {

    /** The outcome of redeeming a nonce: the challenge, or why there is none. */
    public record Redemption(LivenessChallenge challenge, ReasonCode problem) {
        public Optional<LivenessChallenge> valid() {
            return problem == null ? Optional.of(challenge) : Optional.empty();
        }
    }

    private static final LivenessAction[] ACTIONS = LivenessAction.values();

    private final SecureRandom random;
    private final Clock clock;
    private final Duration lifetime;
    private final int maxOpen;
    private final ChallengeStore open;

    public ChallengeIssuer(SecureRandom random, Clock clock, Duration lifetime, int maxOpen) {
        this(random, clock, lifetime, maxOpen, new ChallengeStore.InMemory());
    }

    public ChallengeIssuer(SecureRandom random, Clock clock, Duration lifetime, int maxOpen, ChallengeStore store) {
        if (lifetime.isNegative() || lifetime.isZero() || maxOpen < 1) {
            throw new IllegalArgumentException("bad challenge limits");
        }
        this.random = random;
        this.clock = clock;
        this.lifetime = lifetime;
        this.maxOpen = maxOpen;
        this.open = store;
    }

    public LivenessChallenge issue() {
        Instant now = clock.instant();
        byte[] nonce = new byte[32];
        random.nextBytes(nonce);
        int count = 2 + random.nextInt(2);
        List<LivenessAction> actions = new ArrayList<>(count);
        while (actions.size() < count) {
            LivenessAction next = ACTIONS[random.nextInt(ACTIONS.length)];
            if (actions.isEmpty() || actions.get(actions.size() - 1) != next) {
                actions.add(next);
            }
        }
        LivenessChallenge challenge = new LivenessChallenge(
                Base64.getUrlEncoder().withoutPadding().encodeToString(nonce), actions, now, now.plus(lifetime));
        open.put(challenge, now, maxOpen);
        return challenge;
    }

    /** Removes and returns the challenge; an unknown, used or expired nonce gives the reason instead. */
    public Redemption redeem(String nonce) {
        LivenessChallenge c = nonce == null ? null : open.take(nonce).orElse(null);
        if (c == null) {
            return new Redemption(null, ReasonCode.LIVENESS_CHALLENGE_UNKNOWN);
        }
        if (c.expiredAt(clock.instant())) {
            return new Redemption(c, ReasonCode.LIVENESS_CHALLENGE_EXPIRED);
        }
        return new Redemption(c, null);
    }

    public Instant now() {
        return clock.instant();
    }
}
