package org.ekyc.hub.verification.face.liveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.face.LivenessChallenge;
import org.junit.jupiter.api.Test;

class ChallengeIssuerTest {

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MutableClock clock = new MutableClock();
    private final ChallengeIssuer issuer = new ChallengeIssuer(new SecureRandom(), clock, Duration.ofSeconds(60), 1000);

    @Test
    void challengesAreRandomWithTwoOrThreeActionsAndNoActionTwiceInARow() {
        Set<String> nonces = new HashSet<>();
        Set<Integer> sizes = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            LivenessChallenge c = issuer.issue();
            assertThat(nonces.add(c.nonce())).isTrue();
            assertThat(c.nonce()).hasSize(43);
            sizes.add(c.actions().size());
            for (int k = 1; k < c.actions().size(); k++) {
                assertThat(c.actions().get(k)).isNotEqualTo(c.actions().get(k - 1));
            }
            assertThat(c.expiresAt()).isEqualTo(clock.now.plusSeconds(60));
            assertThat(issuer.redeem(c.nonce()).valid()).isPresent();
        }
        assertThat(sizes).containsExactlyInAnyOrder(2, 3);
    }

    @Test
    void aNonceIsRedeemedOnlyOnce() {
        LivenessChallenge c = issuer.issue();
        assertThat(issuer.redeem(c.nonce()).valid()).contains(c);
        assertThat(issuer.redeem(c.nonce()).problem()).isEqualTo(ReasonCode.LIVENESS_CHALLENGE_UNKNOWN);
    }

    @Test
    void unknownAndExpiredNonces() {
        assertThat(issuer.redeem("made-up-nonce-value").problem()).isEqualTo(ReasonCode.LIVENESS_CHALLENGE_UNKNOWN);
        assertThat(issuer.redeem(null).problem()).isEqualTo(ReasonCode.LIVENESS_CHALLENGE_UNKNOWN);
        LivenessChallenge c = issuer.issue();
        clock.now = clock.now.plusSeconds(61);
        assertThat(issuer.redeem(c.nonce()).problem()).isEqualTo(ReasonCode.LIVENESS_CHALLENGE_EXPIRED);
        assertThat(issuer.redeem(c.nonce()).problem()).isEqualTo(ReasonCode.LIVENESS_CHALLENGE_UNKNOWN);
    }

    @Test
    void openChallengesAreBounded() {
        ChallengeIssuer small = new ChallengeIssuer(new SecureRandom(), clock, Duration.ofSeconds(60), 2);
        small.issue();
        small.issue();
        assertThatThrownBy(small::issue).isInstanceOf(IllegalStateException.class);
        clock.now = clock.now.plusSeconds(61);
        assertThat(small.issue()).isNotNull();
    }
}
