package org.ekyc.hub.verification.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Exponential back-off for registry checks that could not be made: the n-th failed try waits
 * {@code base × 2^(n−1)}, capped at {@code max}; a new case is first due {@code first} after opening,
 * long enough for its own inline check to finish, so it is only picked up if that check never
 * completed (e.g. a crash). Settings (environment, or system property in lower case with dashes):
 * {@code KYC_IMMIGRATION_BACKOFF_BASE_MS} (default 10 000), {@code KYC_IMMIGRATION_BACKOFF_MAX_MS}
 * (default 900 000), {@code KYC_IMMIGRATION_FIRST_RETRY_MS} (default 60 000). A check that keeps failing
 * leaves the retry rotation after {@code maxAttempts} failed tries and goes to a person:
 * {@code KYC_<PEER>_MAX_ATTEMPTS} (immigration, resident, tax, credit; default {@value #DEFAULT_MAX_ATTEMPTS});
 * account-opening orders of an approved case are retried without a bound.
 */
public record RetryPolicy(Duration base, Duration max, Duration first, int maxAttempts) {

    /** Failed tries after which a peer check leaves the retry rotation, unless configured otherwise. */
    public static final int DEFAULT_MAX_ATTEMPTS = 20;

    public RetryPolicy {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || first.isNegative()) {
            throw new IllegalArgumentException("back-off needs 0 < base <= max and first >= 0");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a check needs at least one try, maxAttempts was " + maxAttempts);
        }
    }

    /** A back-off with the default bound of {@value #DEFAULT_MAX_ATTEMPTS} failed tries. */
    public RetryPolicy(Duration base, Duration max, Duration first) {
        this(base, max, first, DEFAULT_MAX_ATTEMPTS);
    }

    /** Whether a check with {@code failedTries} failed tries has used up its tries. */
    public boolean exhausted(int failedTries) {
        return failedTries >= maxAttempts;
    }

    public static RetryPolicy fromEnvironment() {
        return from(System.getenv(), System.getProperties());
    }

    static RetryPolicy from(Map<String, String> env, Properties sys) {
        return new RetryPolicy(
                Duration.ofMillis(setting(env, sys, "KYC_IMMIGRATION_BACKOFF_BASE_MS", "kyc.immigration.backoff-base-ms", 10_000)),
                Duration.ofMillis(setting(env, sys, "KYC_IMMIGRATION_BACKOFF_MAX_MS", "kyc.immigration.backoff-max-ms", 900_000)),
                Duration.ofMillis(setting(env, sys, "KYC_IMMIGRATION_FIRST_RETRY_MS", "kyc.immigration.first-retry-ms", 60_000)),
                attempts(env, sys, "KYC_IMMIGRATION_MAX_ATTEMPTS", "kyc.immigration.max-attempts"));
    }

    /**
     * Back-off of account-opening orders at core banking: {@code KYC_ACCOUNT_OPENING_BACKOFF_BASE_MS}
     * (default 10 000), {@code KYC_ACCOUNT_OPENING_BACKOFF_MAX_MS} (default 900 000); {@code first} is the
     * lease of an order on its way, {@code KYC_ACCOUNT_OPENING_LEASE_MS} (default 60 000), which must be
     * longer than the request timeout ({@code kyc.account-opening.request-timeout-ms}).
     */
    public static RetryPolicy accountOpeningFromEnvironment() {
        return accountOpening(System.getenv(), System.getProperties());
    }

    static RetryPolicy accountOpening(Map<String, String> env, Properties sys) {
        return new RetryPolicy(
                Duration.ofMillis(setting(env, sys, "KYC_ACCOUNT_OPENING_BACKOFF_BASE_MS", "kyc.account-opening.backoff-base-ms", 10_000)),
                Duration.ofMillis(setting(env, sys, "KYC_ACCOUNT_OPENING_BACKOFF_MAX_MS", "kyc.account-opening.backoff-max-ms", 900_000)),
                Duration.ofMillis(setting(env, sys, "KYC_ACCOUNT_OPENING_LEASE_MS", "kyc.account-opening.lease-ms", 60_000)),
                Integer.MAX_VALUE);
    }

    /**
     * Back-off of the checks the background retry asks again at the peer {@code peer}
     * ({@code resident}, {@code tax}, {@code credit}): {@code KYC_<PEER>_BACKOFF_BASE_MS} (default 10 000),
     * {@code KYC_<PEER>_BACKOFF_MAX_MS} (default 900 000); {@code first} is the lease of a check taken for
     * asking, {@code KYC_<PEER>_RETRY_LEASE_MS} (default 60 000), which must be longer than one call to the
     * peer may take (timeouts, and for the credit bureau its own retries); {@code KYC_<PEER>_MAX_ATTEMPTS}
     * failed tries at most (default {@value #DEFAULT_MAX_ATTEMPTS}).
     */
    public static RetryPolicy peerFromEnvironment(String peer) {
        return peer(peer, System.getenv(), System.getProperties());
    }

    static RetryPolicy peer(String peer, Map<String, String> env, Properties sys) {
        String env0 = "KYC_" + peer.toUpperCase(java.util.Locale.ROOT) + "_";
        String prop0 = "kyc." + peer + ".";
        return new RetryPolicy(
                Duration.ofMillis(setting(env, sys, env0 + "BACKOFF_BASE_MS", prop0 + "backoff-base-ms", 10_000)),
                Duration.ofMillis(setting(env, sys, env0 + "BACKOFF_MAX_MS", prop0 + "backoff-max-ms", 900_000)),
                Duration.ofMillis(setting(env, sys, env0 + "RETRY_LEASE_MS", prop0 + "retry-lease-ms", 60_000)),
                attempts(env, sys, env0 + "MAX_ATTEMPTS", prop0 + "max-attempts"));
    }

    /** The wait after the given number of failed tries (1 = after the first failure). */
    public Duration delayAfter(int failedTries) {
        int doublings = Math.max(0, Math.min(failedTries - 1, 30));
        Duration d = base.multipliedBy(1L << doublings);
        return d.compareTo(max) > 0 ? max : d;
    }

    private static int attempts(Map<String, String> env, Properties sys, String envName, String prop) {
        return (int) Math.min(Integer.MAX_VALUE, setting(env, sys, envName, prop, DEFAULT_MAX_ATTEMPTS));
    }

    private static long setting(Map<String, String> env, Properties sys, String envName, String prop, long dflt) {
        String v = sys.getProperty(prop, env.get(envName));
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(envName + " must be a whole number, was '" + v + "'");
        }
    }
}
