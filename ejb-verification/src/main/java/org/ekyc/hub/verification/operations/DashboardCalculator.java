package org.ekyc.hub.verification.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.operations.AgeBand;
import org.ekyc.hub.verification.api.operations.DashboardFigures;
import org.ekyc.hub.verification.api.operations.FunnelEvent;

/**
 * The operations dashboard's figures from plain rows (no sealed column, no person): the cases submitted in
 * the period, the audit times of their steps, and the funnel counts. Pure, so that every figure is
 * unit-tested on seeded rows.
 * <ul>
 *   <li>pass rate: approved of decided (approved + rejected); automatic share: decided by the engine
 *       ({@value #AUTOMATIC}) of decided, manual share the rest;</li>
 *   <li>end to end: submission (case opened) to decision, decided cases only; steps (see {@link Step}):
 *       {@code document} opened → first document check recorded, {@code face} first document check → first
 *       face check, {@code review} the last automated step → a person's decision;</li>
 *   <li>percentiles: nearest rank over whole seconds (p-th: the value at rank ⌈p/100·n⌉);</li>
 *   <li>failure rate of a group: rejected of the group's cases (undecided cases count in the denominator:
 *       read it with {@code count} and {@code review}).</li>
 * </ul>
 */
public final class DashboardCalculator {

    /** Who an automatic decision is recorded under (the engine's automatic approval). */
    public static final String AUTOMATIC = "auto";
    /** How many reason codes the dashboard lists. */
    public static final int TOP_REASONS = 20;

    /** The audit actions whose first time is a step's time. */
    public enum Step {
        OPENED("CASE_OPENED"), DOCUMENT("DOCUMENT_CHECK_RECORDED"), FACE("FACE_CHECK_RECORDED");

        public final String action;

        Step(String action) {
            this.action = action;
        }

        public static Step ofAction(String action) {
            for (Step s : values()) {
                if (s.action.equals(action)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** One case as the dashboard sees it: plain columns and its step times (empty when none recorded). */
    public record CaseRow(String id, CaseStatus status, String product, String channel, String nationality,
                          String ageBand, Instant submittedAt, Instant decidedAt, String decidedBy, List<String> reasons,
                          Map<Step, Instant> steps) {

        boolean decided() {
            return status == CaseStatus.APPROVED || status == CaseStatus.REJECTED;
        }

        boolean automatic() {
            return decided() && AUTOMATIC.equals(decidedBy);
        }
    }

    /** Cases (distinct) that had {@code event} at {@code step} in the period. */
    public record FunnelCount(FunnelEvent.Step step, FunnelEvent.Type event, long cases) {
    }

    private DashboardCalculator() {
    }

    public static DashboardFigures figures(Instant from, Instant to, List<CaseRow> cases, List<FunnelCount> funnel) {
        long approved = count(cases, CaseStatus.APPROVED);
        long rejected = count(cases, CaseStatus.REJECTED);
        long review = count(cases, CaseStatus.REVIEW);
        long decided = approved + rejected;
        long automatic = cases.stream().filter(CaseRow::automatic).count();
        DashboardFigures.Cases counts = new DashboardFigures.Cases(cases.size(), approved, rejected, review,
                cases.size() - decided - review);
        return new DashboardFigures(from.toString(), to.toString(), counts, ratio(approved, decided),
                ratio(automatic, decided), ratio(decided - automatic, decided), processing(cases), funnel(funnel),
                topReasons(cases), groups(cases, CaseRow::nationality), groups(cases, CaseRow::ageBand),
                groups(cases, CaseRow::channel), groups(cases, CaseRow::product));
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static long count(List<CaseRow> cases, CaseStatus status) {
        return cases.stream().filter(c -> c.status() == status).count();
    }

    static DashboardFigures.ProcessingSeconds processing(List<CaseRow> cases) {
        List<Long> endToEnd = new ArrayList<>();
        List<Long> document = new ArrayList<>();
        List<Long> face = new ArrayList<>();
        List<Long> review = new ArrayList<>();
        for (CaseRow c : cases) {
            Instant opened = c.steps().getOrDefault(Step.OPENED, c.submittedAt());
            Instant doc = c.steps().get(Step.DOCUMENT);
            Instant fc = c.steps().get(Step.FACE);
            if (c.decided() && c.decidedAt() != null) {
                endToEnd.add(seconds(c.submittedAt(), c.decidedAt()));
            }
            if (doc != null) {
                document.add(seconds(opened, doc));
                if (fc != null) {
                    face.add(seconds(doc, fc));
                }
            }
            if (c.decided() && !c.automatic() && c.decidedAt() != null) {
                Instant last = opened;
                for (Instant t : new Instant[] {doc, fc}) {
                    if (t != null && t.isAfter(last) && !t.isAfter(c.decidedAt())) {
                        last = t;
                    }
                }
                review.add(seconds(last, c.decidedAt()));
            }
        }
        Map<String, DashboardFigures.Percentiles> steps = new LinkedHashMap<>();
        steps.put("document", percentiles(document));
        steps.put("face", percentiles(face));
        steps.put("review", percentiles(review));
        return new DashboardFigures.ProcessingSeconds(percentiles(endToEnd), steps);
    }

    private static long seconds(Instant a, Instant b) {
        return Math.max(0, Duration.between(a, b).getSeconds());
    }

    /** Nearest-rank percentiles (p50, p90, p95) of {@code values}; zeros with count 0 when empty. */
    public static DashboardFigures.Percentiles percentiles(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return new DashboardFigures.Percentiles(sorted.size(), rank(sorted, 50), rank(sorted, 90), rank(sorted, 95));
    }

    static long rank(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int r = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size(), r) - 1));
    }

    /** Every step of the capture flow in its order, with the cases of each event (0 when none). */
    static List<DashboardFigures.FunnelStep> funnel(List<FunnelCount> counts) {
        Map<FunnelEvent.Step, Map<FunnelEvent.Type, Long>> by = new EnumMap<>(FunnelEvent.Step.class);
        for (FunnelCount c : counts) {
            by.computeIfAbsent(c.step(), s -> new EnumMap<>(FunnelEvent.Type.class)).merge(c.event(), c.cases(), Long::sum);
        }
        List<DashboardFigures.FunnelStep> out = new ArrayList<>();
        for (FunnelEvent.Step s : FunnelEvent.Step.values()) {
            Map<FunnelEvent.Type, Long> m = by.getOrDefault(s, Map.of());
            out.add(new DashboardFigures.FunnelStep(s.wire(), m.getOrDefault(FunnelEvent.Type.SHOWN, 0L),
                    m.getOrDefault(FunnelEvent.Type.EXIT, 0L), m.getOrDefault(FunnelEvent.Type.RESUME, 0L),
                    m.getOrDefault(FunnelEvent.Type.FAILED, 0L)));
        }
        return out;
    }

    /** The reason codes by the number of cases carrying them, most frequent first (ties by code), at most {@link #TOP_REASONS}. */
    static List<DashboardFigures.ReasonCount> topReasons(List<CaseRow> cases) {
        Map<String, Long> by = new TreeMap<>();
        cases.forEach(c -> c.reasons().stream().distinct().forEach(r -> by.merge(r, 1L, Long::sum)));
        return by.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_REASONS)
                .map(e -> new DashboardFigures.ReasonCount(e.getKey(), e.getValue())).toList();
    }

    /** One row per group (sorted by its name), a missing value in {@value AgeBand#UNKNOWN}. */
    static List<DashboardFigures.Group> groups(List<CaseRow> cases, Function<CaseRow, String> key) {
        Map<String, List<CaseRow>> by = new TreeMap<>(Comparator.naturalOrder());
        cases.forEach(c -> by.computeIfAbsent(key.apply(c) == null ? AgeBand.UNKNOWN : key.apply(c), k -> new ArrayList<>()).add(c));
        List<DashboardFigures.Group> out = new ArrayList<>();
        by.forEach((g, list) -> {
            long rejected = count(list, CaseStatus.REJECTED);
            out.add(new DashboardFigures.Group(g, list.size(), rejected, count(list, CaseStatus.REVIEW), ratio(rejected, list.size())));
        });
        return out;
    }
}
