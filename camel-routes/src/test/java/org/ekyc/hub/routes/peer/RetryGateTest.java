package org.ekyc.hub.routes.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.ekyc.hub.routes.MovableClock;
import org.junit.jupiter.api.Test;

class RetryGateTest {

    private final MovableClock now = new MovableClock(Instant.parse("2026-11-23T00:00:00Z"));
    private final RetryGate gate = new RetryGate("resident registry", Duration.ofMinutes(5), now);

    @Test
    void theCircuitDecidesTheBatch() {
        assertThat(gate.budget("UNKNOWN", 20)).as("before the first call").isEqualTo(20);
        assertThat(gate.budget("CLOSED", 20)).isEqualTo(20);
        assertThat(gate.budget("OPEN", 20)).as("a peer known to be down is not asked").isZero();
        assertThat(gate.budget("FORCED_OPEN", 20)).isZero();
        assertThat(gate.budget("HALF_OPEN", 20)).as("one case probes").isEqualTo(1);
        assertThat(gate.mayAsk("OPEN")).isFalse();
        assertThat(gate.mayAsk("HALF_OPEN")).isTrue();
    }

    @Test
    void aRefusalLetsOnlyOneProbeThroughPerPeriodUntilThePeerAnswers() {
        gate.refused("wsse:FailedAuthentication");
        assertThat(gate.budget("CLOSED", 20)).isZero();
        assertThat(gate.mayAsk("CLOSED")).as("the rest of the round is not asked").isFalse();
        now.advance(Duration.ofMinutes(4));
        assertThat(gate.budget("CLOSED", 20)).isZero();
        now.advance(Duration.ofMinutes(1));
        assertThat(gate.budget("CLOSED", 20)).as("probe due").isEqualTo(1);
        assertThat(gate.mayAsk("CLOSED")).isTrue();
        gate.refused("wsse:FailedAuthentication");
        assertThat(gate.budget("CLOSED", 20)).isZero();
        now.advance(Duration.ofMinutes(5));
        gate.answered();
        assertThat(gate.budget("CLOSED", 20)).isEqualTo(20);
    }

    @Test
    void tryProbeClaimsTheOneProbeWhileRefused() {
        assertThat(gate.tryProbe()).as("not refused: every call").isTrue();
        assertThat(gate.tryProbe()).isTrue();
        assertThat(gate.refusedSince()).isEmpty();

        Instant refusedAt = now.instant();
        gate.refused("wsse:FailedAuthentication");
        assertThat(gate.refusedSince()).contains(refusedAt);
        assertThat(gate.tryProbe()).as("refused, no probe due yet").isFalse();
        now.set(refusedAt.plus(Duration.ofMinutes(5)).minusSeconds(1));
        assertThat(gate.tryProbe()).as("one second before the probe time").isFalse();

        now.set(refusedAt.plus(Duration.ofMinutes(5)));
        assertThat(gate.tryProbe()).as("the probe").isTrue();
        assertThat(gate.tryProbe()).as("claimed: only one caller probes").isFalse();
        assertThat(gate.budget(20)).as("the claimed probe is not offered again").isZero();
        now.set(refusedAt.plus(Duration.ofMinutes(10)).minusSeconds(1));
        assertThat(gate.tryProbe()).as("the next probe a full interval after the claimed one").isFalse();
        assertThat(gate.refusedSince()).as("still refused since the first refusal").contains(refusedAt);

        gate.answered();
        assertThat(gate.refusedSince()).isEmpty();
        assertThat(gate.tryProbe()).as("answered: calls allowed again").isTrue();
        assertThat(gate.tryProbe()).isTrue();
        assertThat(gate.budget(20)).isEqualTo(20);
    }
}
