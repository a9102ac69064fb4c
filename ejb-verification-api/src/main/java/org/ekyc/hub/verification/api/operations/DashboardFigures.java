package org.ekyc.hub.verification.api.operations;

import java.util.List;
import java.util.Map;

/**
 * The operations dashboard over a period (the JSON the console reads, field for field): the cases submitted
 * in it by outcome, the pass rate (approved of decided), the automatic and manual shares of the decisions,
 * processing time percentiles in seconds (end to end and per step), the capture funnel, the most frequent
 * reason codes and the failure rates by nationality, age band, channel and product, each with its counts.
 */
public record DashboardFigures(String from, String to, Cases cases, double passRate, double automaticShare,
                               double manualShare, ProcessingSeconds processingSeconds, List<FunnelStep> funnel,
                               List<ReasonCount> topReasons, List<Group> byNationality, List<Group> byAgeBand,
                               List<Group> byChannel, List<Group> byProduct) {

    /** Cases by where they stand: {@code open} is neither decided nor waiting for a person (OPENED, RETRY). */
    public record Cases(long total, long approved, long rejected, long review, long open) {
    }

    /** Nearest-rank percentiles of {@code count} durations, in whole seconds (0 when there are none). */
    public record Percentiles(long count, long p50, long p90, long p95) {
    }

    public record ProcessingSeconds(Percentiles endToEnd, Map<String, Percentiles> steps) {
    }

    /** One step of the capture flow: how many cases saw it, left it, came back to it, failed it. */
    public record FunnelStep(String step, long shown, long exited, long resumed, long failed) {
    }

    public record ReasonCount(String code, long count) {
    }

    /** One group: its cases, how many were rejected, how many wait for a person, rejected of the group's cases. */
    public record Group(String group, long count, long rejected, long review, double failureRate) {
    }
}
