package org.ekyc.hub.verification.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.operations.DashboardFigures;
import org.ekyc.hub.verification.api.operations.FunnelEvent;
import org.ekyc.hub.verification.operations.DashboardCalculator.CaseRow;
import org.ekyc.hub.verification.operations.DashboardCalculator.FunnelCount;
import org.ekyc.hub.verification.operations.DashboardCalculator.Step;
import org.junit.jupiter.api.Test;

/** The dashboard's figures on a seeded set of synthetic cases, each figure counted by hand from the seed. */
class DashboardCalculatorTest {

    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant T0 = Instant.parse("2026-11-10T09:00:00Z");

    /** id, status, product, channel, nationality, band, decided after (s, -1 none), by, reasons, document after, face after. */
    private static CaseRow row(String id, CaseStatus status, String product, String channel, String nationality, String band,
                               long decidedAfter, String by, List<String> reasons, long documentAfter, long faceAfter) {
        Map<Step, Instant> steps = new EnumMap<>(Step.class);
        steps.put(Step.OPENED, T0);
        if (documentAfter >= 0) {
            steps.put(Step.DOCUMENT, T0.plusSeconds(documentAfter));
        }
        if (faceAfter >= 0) {
            steps.put(Step.FACE, T0.plusSeconds(faceAfter));
        }
        return new CaseRow(id, status, product, channel, nationality, band, T0, decidedAfter < 0 ? null : T0.plusSeconds(decidedAfter),
                decidedAfter < 0 ? null : by, reasons, steps);
    }

    /** 8 cases: 3 approved (2 automatic), 2 rejected, 2 in review, 1 open. */
    private static List<CaseRow> seed() {
        return List.of(
                row("c1", CaseStatus.APPROVED, "ACCOUNT", "REST", "VNM", "18-29", 100, "auto", List.of(), 40, 90),
                row("c2", CaseStatus.APPROVED, "ACCOUNT", "REST", "VNM", "30-39", 200, "auto", List.of(), 50, 150),
                row("c3", CaseStatus.APPROVED, "LOAN", "SOAP", "KOR", "30-39", 3600, "reviewer-1", List.of("ENHANCED_DUE_DILIGENCE"), 60, 160),
                row("c4", CaseStatus.REJECTED, "LOAN", "SOAP", "CHN", "40-49", 7200, "reviewer-2",
                        List.of("STAY_NOT_VALID", "ENHANCED_DUE_DILIGENCE"), 70, 170),
                row("c5", CaseStatus.REJECTED, "ACCOUNT", "MQ", "VNM", "60+", 600, "reviewer-1", List.of("FACE_NO_MATCH"), 80, 180),
                row("c6", CaseStatus.REVIEW, "ACCOUNT", "REST", "CHN", "40-49", -1, null, List.of("STAY_NOT_VALID"), 30, -1),
                row("c7", CaseStatus.REVIEW, "LOAN", "REST", "KOR", null, -1, null, List.of("ENHANCED_DUE_DILIGENCE"), -1, -1),
                row("c8", CaseStatus.OPENED, "ACCOUNT", "REST", "VNM", "18-29", -1, null, List.of(), -1, -1));
    }

    @Test
    void outcomeCountsPassRateAndTheAutomaticShareComeFromTheDecidedCases() {
        DashboardFigures d = DashboardCalculator.figures(FROM, TO, seed(), List.of());
        assertThat(d.cases()).isEqualTo(new DashboardFigures.Cases(8, 3, 2, 2, 1));
        assertThat(d.passRate()).isEqualTo(3.0 / 5);
        assertThat(d.automaticShare()).isEqualTo(2.0 / 5);
        assertThat(d.manualShare()).isEqualTo(3.0 / 5);
        assertThat(d.from()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(d.to()).isEqualTo("2026-12-01T00:00:00Z");
    }

    @Test
    void noDecidedCaseGivesRatesOfZeroNotADivisionByZero() {
        DashboardFigures d = DashboardCalculator.figures(FROM, TO, List.of(), List.of());
        assertThat(d.cases().total()).isZero();
        assertThat(d.passRate()).isZero();
        assertThat(d.automaticShare()).isZero();
        assertThat(d.processingSeconds().endToEnd()).isEqualTo(new DashboardFigures.Percentiles(0, 0, 0, 0));
        assertThat(d.byNationality()).isEmpty();
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> hundred = new ArrayList<>();
        for (long i = 100; i >= 1; i--) {
            hundred.add(i);
        }
        assertThat(DashboardCalculator.percentiles(hundred)).isEqualTo(new DashboardFigures.Percentiles(100, 50, 90, 95));
        assertThat(DashboardCalculator.percentiles(List.of(7L))).isEqualTo(new DashboardFigures.Percentiles(1, 7, 7, 7));
        // 5 values: ranks ceil(2.5)=3, ceil(4.5)=5, ceil(4.75)=5
        assertThat(DashboardCalculator.percentiles(List.of(600L, 100L, 7200L, 200L, 3600L)))
                .isEqualTo(new DashboardFigures.Percentiles(5, 600, 7200, 7200));
    }

    @Test
    void processingTimesEndToEndAndPerStep() {
        DashboardFigures.ProcessingSeconds p = DashboardCalculator.figures(FROM, TO, seed(), List.of()).processingSeconds();
        // decided: 100, 200, 3600, 7200, 600
        assertThat(p.endToEnd()).isEqualTo(new DashboardFigures.Percentiles(5, 600, 7200, 7200));
        // document: 40 50 60 70 80 30 → sorted 30 40 50 60 70 80: p50 rank 3, p90 rank 6, p95 rank 6
        assertThat(p.steps().get("document")).isEqualTo(new DashboardFigures.Percentiles(6, 50, 80, 80));
        // face after document: 50 100 100 100 100
        assertThat(p.steps().get("face")).isEqualTo(new DashboardFigures.Percentiles(5, 100, 100, 100));
        // a person's decisions after the last automated step: c3 3600-160, c4 7200-170, c5 600-180
        assertThat(p.steps().get("review")).isEqualTo(new DashboardFigures.Percentiles(3, 3440, 7030, 7030));
        assertThat(p.steps()).containsOnlyKeys("document", "face", "review");
    }

    @Test
    void topReasonsCountCasesMostFrequentFirst() {
        assertThat(DashboardCalculator.figures(FROM, TO, seed(), List.of()).topReasons()).containsExactly(
                new DashboardFigures.ReasonCount("ENHANCED_DUE_DILIGENCE", 3),
                new DashboardFigures.ReasonCount("STAY_NOT_VALID", 2),
                new DashboardFigures.ReasonCount("FACE_NO_MATCH", 1));
    }

    @Test
    void failureRatesByGroupWithTheirCounts() {
        DashboardFigures d = DashboardCalculator.figures(FROM, TO, seed(), List.of());
        assertThat(d.byNationality()).containsExactly(
                new DashboardFigures.Group("CHN", 2, 1, 1, 0.5),
                new DashboardFigures.Group("KOR", 2, 0, 1, 0.0),
                new DashboardFigures.Group("VNM", 4, 1, 0, 0.25));
        assertThat(d.byAgeBand()).extracting(DashboardFigures.Group::group)
                .containsExactly("18-29", "30-39", "40-49", "60+", "unknown");
        assertThat(d.byAgeBand()).filteredOn(g -> g.group().equals("40-49")).singleElement()
                .isEqualTo(new DashboardFigures.Group("40-49", 2, 1, 1, 0.5));
        assertThat(d.byChannel()).containsExactly(
                new DashboardFigures.Group("MQ", 1, 1, 0, 1.0),
                new DashboardFigures.Group("REST", 5, 0, 2, 0.0),
                new DashboardFigures.Group("SOAP", 2, 1, 0, 0.5));
        assertThat(d.byProduct()).containsExactly(
                new DashboardFigures.Group("ACCOUNT", 5, 1, 1, 0.2),
                new DashboardFigures.Group("LOAN", 3, 1, 1, 1.0 / 3));
        // every case is in exactly one group of each grouping
        for (List<DashboardFigures.Group> g : List.of(d.byNationality(), d.byAgeBand(), d.byChannel(), d.byProduct())) {
            assertThat(g.stream().mapToLong(DashboardFigures.Group::count).sum()).isEqualTo(8);
        }
    }

    @Test
    void theFunnelListsEveryStepInTheFlowsOrderWithZerosForStepsWithoutEvents() {
        List<DashboardFigures.FunnelStep> f = DashboardCalculator.figures(FROM, TO, List.of(), List.of(
                new FunnelCount(FunnelEvent.Step.DOCUMENT, FunnelEvent.Type.FAILED, 4),
                new FunnelCount(FunnelEvent.Step.CONSENT, FunnelEvent.Type.SHOWN, 10),
                new FunnelCount(FunnelEvent.Step.DOCUMENT, FunnelEvent.Type.SHOWN, 9),
                new FunnelCount(FunnelEvent.Step.DOCUMENT, FunnelEvent.Type.EXIT, 3),
                new FunnelCount(FunnelEvent.Step.DOCUMENT, FunnelEvent.Type.RESUME, 1),
                new FunnelCount(FunnelEvent.Step.DONE, FunnelEvent.Type.SHOWN, 5))).funnel();
        assertThat(f).containsExactly(
                new DashboardFigures.FunnelStep("consent", 10, 0, 0, 0),
                new DashboardFigures.FunnelStep("document", 9, 3, 1, 4),
                new DashboardFigures.FunnelStep("liveness", 0, 0, 0, 0),
                new DashboardFigures.FunnelStep("done", 5, 0, 0, 0),
                new DashboardFigures.FunnelStep("handoff", 0, 0, 0, 0),
                new DashboardFigures.FunnelStep("help", 0, 0, 0, 0));
    }

    @Test
    void theStepOfAnAuditAction() {
        assertThat(Step.ofAction("DOCUMENT_CHECK_RECORDED")).isEqualTo(Step.DOCUMENT);
        assertThat(Step.ofAction("CASE_READ")).isNull();
    }
}
