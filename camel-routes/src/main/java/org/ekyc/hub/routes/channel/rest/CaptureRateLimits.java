package org.ekyc.hub.routes.channel.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often a customer may try the steps that cost the hub work, per case (challenge, document, selfie, a
 * hand-off code) and per client address (redeeming a code): a fixed window per key ({@link #WINDOW}, the
 * liveness lock-out's own {@link #LIVENESS_WINDOW}), a number of tries per step
 * ({@code KYC_CAPTURE_LIMIT_<STEP>}, e.g. {@code KYC_CAPTURE_LIMIT_SELFIE=10}). {@link Step#LIVENESS} locks out
 * repeated liveness checks: at most 5 in 3 minutes, counted per case and per client address (the device),
 * then a cool-down until the window ends.
 * Kept in this node's memory: a cluster of n nodes allows up to n times as many (a shared store would be
 * the next step). Windows of keys not seen for a window are dropped as new ones come.
 */
final class CaptureRateLimits {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration LIVENESS_WINDOW = Duration.ofMinutes(3);

    enum Step {
        CHALLENGE(20), DOCUMENT(10), SELFIE(10), HANDOFF(5), REDEEM(10), OTHER(60),
        /** The liveness lock-out: selfies counted per case and per device in a short window of their own. */
        LIVENESS(5, LIVENESS_WINDOW),
        // #19 operations: the capture page's funnel events, a few per step shown
        FUNNEL(120);

        final int defaultLimit;
        final Duration window;

        Step(int defaultLimit) {
            this(defaultLimit, WINDOW);
        }

        Step(int defaultLimit, Duration window) {
            this.defaultLimit = defaultLimit;
            this.window = window;
        }
    }

    private final Map<Step, Integer> limits;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    CaptureRateLimits(Map<Step, Integer> limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    static CaptureRateLimits fromEnvironment() {
        Map<Step, Integer> limits = new EnumMap<>(Step.class);
        for (Step s : Step.values()) {
            String v = System.getenv("KYC_CAPTURE_LIMIT_" + s.name());
            String p = System.getProperty("kyc.capture.limit." + s.name().toLowerCase(java.util.Locale.ROOT), v);
            limits.put(s, p == null || p.isBlank() ? s.defaultLimit : Integer.parseInt(p.trim()));
        }
        return new CaptureRateLimits(limits, Clock.systemUTC());
    }

    /**
     * Counts one try of {@code step} for {@code key}.
     *
     * @throws CaptureAccess.RateLimited when the window's tries are used up
     */
    void take(Step step, String key) {
        Instant now = clock.instant();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> !now.isBefore(w.end()));
        }
        Window w = windows.compute(step + ":" + key, (k, old) ->
                old == null || !now.isBefore(old.end()) ? new Window(now, step.window, 1) : new Window(old.start, old.length, old.count + 1));
        if (w.count > limits.getOrDefault(step, step.defaultLimit)) {
            throw new CaptureAccess.RateLimited(Duration.between(now, w.end()).plusSeconds(1));
        }
    }

    private record Window(Instant start, Duration length, int count) {
        Instant end() {
            return start.plus(length);
        }
    }
}
