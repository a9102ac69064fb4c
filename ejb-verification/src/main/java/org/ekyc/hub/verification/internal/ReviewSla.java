package org.ekyc.hub.verification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.ekyc.hub.verification.api.risk.RiskTier;

/**
 * How long a case may wait for a person from its submission: {@code KYC_REVIEW_SLA_HOURS} (default 24) and,
 * for ENHANCED cases, {@code KYC_REVIEW_SLA_HOURS_ENHANCED} (default 8). A value that is not a positive whole
 * number of hours fails the start, not a query.
 */
record ReviewSla(Duration standard, Duration enhanced) {

    static final int DEFAULT_HOURS = 24;
    static final int DEFAULT_ENHANCED_HOURS = 8;

    static ReviewSla fromEnvironment() {
        return of(System.getenv());
    }

    static ReviewSla of(Map<String, String> env) {
        return new ReviewSla(Duration.ofHours(positive(env, "KYC_REVIEW_SLA_HOURS", DEFAULT_HOURS, "whole number of hours")),
                Duration.ofHours(positive(env, "KYC_REVIEW_SLA_HOURS_ENHANCED", DEFAULT_ENHANCED_HOURS, "whole number of hours")));
    }

    /** A review setting that must be a positive whole number ({@code what} names it in the refusal). */
    static int positive(Map<String, String> env, String name, int fallback, String what) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int h = Integer.parseInt(v.trim());
            if (h > 0) {
                return h;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalStateException(name + " must be a positive " + what + ", not '" + v + "'");
    }

    Duration window(RiskTier tier) {
        return tier == RiskTier.ENHANCED ? enhanced : standard;
    }

    Instant dueAt(Instant submittedAt, RiskTier tier) {
        return submittedAt.plus(window(tier));
    }
}
