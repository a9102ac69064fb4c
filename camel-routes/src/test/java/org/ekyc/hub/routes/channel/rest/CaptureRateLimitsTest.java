package org.ekyc.hub.routes.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.ekyc.hub.routes.MovableClock;
import org.junit.jupiter.api.Test;

class CaptureRateLimitsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));

    @Test
    void theTriesOfAStepAreCountedPerCaseInAWindowAndRefusedBeyondTheLimitWithTheWaitLeft() {
        CaptureRateLimits limits = new CaptureRateLimits(Map.of(CaptureRateLimits.Step.SELFIE, 3), clock);
        for (int i = 0; i < 3; i++) {
            limits.take(CaptureRateLimits.Step.SELFIE, "case-1");
        }
        CaptureAccess.RateLimited refused = catchThrowableOfType(CaptureAccess.RateLimited.class,
                () -> limits.take(CaptureRateLimits.Step.SELFIE, "case-1"));
        assertThat(refused.retryAfter()).isEqualTo(CaptureRateLimits.WINDOW.plusSeconds(1));
        assertThatCode(() -> limits.take(CaptureRateLimits.Step.SELFIE, "case-2")).as("another case").doesNotThrowAnyException();
        assertThatCode(() -> limits.take(CaptureRateLimits.Step.DOCUMENT, "case-1")).as("another step").doesNotThrowAnyException();
        clock.advance(CaptureRateLimits.WINDOW);
        assertThatCode(() -> limits.take(CaptureRateLimits.Step.SELFIE, "case-1")).as("a new window").doesNotThrowAnyException();
    }

    @Test
    void repeatedLivenessChecksAreLockedOutForTheRestOfTheirShortWindow() {
        CaptureRateLimits limits = new CaptureRateLimits(Map.of(), clock);
        for (int i = 0; i < 5; i++) {
            limits.take(CaptureRateLimits.Step.LIVENESS, "device:203.0.113.7");
            clock.advance(Duration.ofSeconds(20));
        }
        CaptureAccess.RateLimited refused = catchThrowableOfType(CaptureAccess.RateLimited.class,
                () -> limits.take(CaptureRateLimits.Step.LIVENESS, "device:203.0.113.7"));
        assertThat(refused.retryAfter()).as("the cool-down: what is left of the 3 minutes")
                .isEqualTo(CaptureRateLimits.LIVENESS_WINDOW.minusSeconds(100).plusSeconds(1));
        assertThatCode(() -> limits.take(CaptureRateLimits.Step.LIVENESS, "device:198.51.100.2")).as("another device")
                .doesNotThrowAnyException();
        clock.advance(CaptureRateLimits.LIVENESS_WINDOW);
        assertThatCode(() -> limits.take(CaptureRateLimits.Step.LIVENESS, "device:203.0.113.7")).as("after the cool-down")
                .doesNotThrowAnyException();
    }

    @Test
    void theWaitLeftShrinksAsTheWindowRuns() {
        CaptureRateLimits limits = new CaptureRateLimits(Map.of(CaptureRateLimits.Step.REDEEM, 1), clock);
        limits.take(CaptureRateLimits.Step.REDEEM, "203.0.113.7");
        clock.advance(Duration.ofMinutes(4));
        assertThat(catchThrowableOfType(CaptureAccess.RateLimited.class,
                () -> limits.take(CaptureRateLimits.Step.REDEEM, "203.0.113.7")).retryAfter())
                .isEqualTo(Duration.ofMinutes(6).plusSeconds(1));
    }
}
