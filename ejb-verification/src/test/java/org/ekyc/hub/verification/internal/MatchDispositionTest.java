package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.review.MatchDisposition;
import org.ekyc.hub.verification.api.review.ReviewCase;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.api.screening.ScreeningMatch;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.risk.RiskTierPolicy;
import org.junit.jupiter.api.Test;

/** Each screening match disposed before approval: the engine's rule, who marked it, and what a new screening keeps. */
class MatchDispositionTest {

    private static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));
    private static final RiskTierPolicy POLICY = RiskTierPolicy.defaults();
    private static final ScreeningMatch UN = new ScreeningMatch("UN:QDi.901", "UN", "TRAN, VAN BINH", "TRAN VAN BINH",
            "TRAN VAN BINH", 0.84, List.of("NAME 0.84", "DOB_YEAR_MATCH 1990"));
    private static final ScreeningMatch OFAC = new ScreeningMatch("OFAC-SDN:40001", "OFAC-SDN", "TRAN, BINH", "TRAN BINH",
            "TRAN VAN BINH", 0.78, List.of("NAME 0.78"));

    /** A synthetic applicant screened POTENTIAL with two matches, its other evidence recorded: ENHANCED, in REVIEW. */
    private static VerificationCase screenedWithTwoMatches(String listVersion) {
        VerificationCase c = VerificationCase.open(new OpenCaseCommand(
                new Applicant("TRAN", "VAN BINH", null, "VNM", LocalDate.of(1990, 2, 1), null, null),
                Product.ACCOUNT, Channel.REST, null, null), T0, RETRY);
        c.reassess(POLICY, T0);
        c.applyScreening(new ScreeningResult(ScreeningOutcome.POTENTIAL, 0.84, List.of(UN, OFAC), listVersion), T0);
        ReviewEvidenceFixture.evidence(c, POLICY, T0.plusSeconds(600));
        return c;
    }

    private static ReasonCode approvalRefusal(VerificationCase c, String reviewer) {
        try {
            c.decide(new Decision(CaseStatus.APPROVED, reviewer, null, "EVIDENCE_CONSISTENT"), true, POLICY, T0.plusSeconds(900));
            return null;
        } catch (InvalidRequestException e) {
            return e.reason();
        }
    }

    private static String id(VerificationCase c, int i) {
        return c.screeningMatches().get(i).matchId();
    }

    @Test
    void theCaseKeepsEachMatchWithItsEntryScoreEvidenceAndListVersion() {
        VerificationCase c = screenedWithTwoMatches("UN-2026-12-01|OFAC-2026-11-28");
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        List<ReviewCase.MatchView> views = c.screeningMatches().stream().map(ScreenedMatch::view).toList();
        assertThat(views).extracting(ReviewCase.MatchView::entryId).containsExactly("UN:QDi.901", "OFAC-SDN:40001");
        assertThat(views.get(0).evidence()).containsExactly("NAME 0.84", "DOB_YEAR_MATCH 1990");
        assertThat(views.get(0).score()).isEqualTo(0.84);
        assertThat(views).allSatisfy(v -> {
            assertThat(v.listVersion()).isEqualTo("UN-2026-12-01|OFAC-2026-11-28");
            assertThat(v.disposition()).isNull();
            assertThat(v.matchId()).isNotBlank();
        });
    }

    @Test
    void anApprovalIsRefusedWhileAnyMatchLacksADisposition() {
        VerificationCase c = screenedWithTwoMatches("v1");
        assertThat(approvalRefusal(c, "emp-0042")).isEqualTo(ReasonCode.MATCHES_NOT_DISPOSED);
        c.disposeMatch(id(c, 0), MatchDisposition.NO_MATCH, "other birth date", "emp-0042", T0.plusSeconds(700));
        assertThat(approvalRefusal(c, "emp-0042")).isEqualTo(ReasonCode.MATCHES_NOT_DISPOSED);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(c.toView().reasons()).doesNotContain(ReasonCode.SECOND_APPROVAL_PENDING);
    }

    @Test
    void everyMatchMarkedNoMatchLetsTheApprovalProceed() {
        VerificationCase c = screenedWithTwoMatches("v1");
        c.disposeMatch(id(c, 0), MatchDisposition.NO_MATCH, null, "emp-0042", T0.plusSeconds(700));
        c.disposeMatch(id(c, 1), MatchDisposition.NO_MATCH, null, "emp-0042", T0.plusSeconds(700));
        assertThat(approvalRefusal(c, "emp-0042")).isNull();
        // ENHANCED: the first of the two approvals is recorded
        assertThat(c.toView().reasons()).contains(ReasonCode.SECOND_APPROVAL_PENDING);
    }

    @Test
    void aDispositionChangedAfterAFirstApprovalVoidsIt() {
        VerificationCase c = screenedWithTwoMatches("v1");
        c.disposeMatch(id(c, 0), MatchDisposition.NO_MATCH, null, "emp-0042", T0.plusSeconds(700));
        c.disposeMatch(id(c, 1), MatchDisposition.NO_MATCH, null, "emp-0042", T0.plusSeconds(700));
        assertThat(approvalRefusal(c, "emp-0042")).isNull();
        assertThat(c.toView().reasons()).contains(ReasonCode.SECOND_APPROVAL_PENDING);
        // as ReviewStepBean does: the disposition, then the reassessment of the changed evidence
        c.disposeMatch(id(c, 1), MatchDisposition.MATCH, "seen again", "emp-0050", T0.plusSeconds(800));
        c.reassess(POLICY, T0.plusSeconds(800));
        assertThat(c.toView().reasons()).doesNotContain(ReasonCode.SECOND_APPROVAL_PENDING);
        assertThat(c.toView().decision().review().firstApprovedBy()).isNull();
        assertThat(approvalRefusal(c, "emp-0050")).isEqualTo(ReasonCode.SCREENING_MATCH_CONFIRMED);
    }

    @Test
    void aMatchMarkedMatchLeavesOnlyARejection() {
        VerificationCase c = screenedWithTwoMatches("v1");
        c.disposeMatch(id(c, 0), MatchDisposition.NO_MATCH, null, "emp-0042", T0.plusSeconds(700));
        c.disposeMatch(id(c, 1), MatchDisposition.MATCH, "same person, same birth date", "emp-0042", T0.plusSeconds(700));
        assertThat(approvalRefusal(c, "emp-0042")).isEqualTo(ReasonCode.SCREENING_MATCH_CONFIRMED);
        assertThat(c.decide(new Decision(CaseStatus.REJECTED, "emp-0042", null, "SANCTIONS_CONFIRMED"), false, POLICY,
                T0.plusSeconds(900))).isTrue();
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void theDispositionRecordsTheReviewerTheTimeAndTheNote() {
        VerificationCase c = screenedWithTwoMatches("v1");
        Instant at = T0.plusSeconds(700);
        ReviewCase.MatchView v = c.disposeMatch(id(c, 1), MatchDisposition.NO_MATCH, " other nationality ", "emp-0042", at).view();
        assertThat(v.disposition()).isEqualTo(MatchDisposition.NO_MATCH);
        assertThat(v.disposedBy()).isEqualTo("emp-0042");
        assertThat(v.disposedAt()).isEqualTo(at);
        assertThat(v.note()).isEqualTo("other nationality");
    }

    @Test
    void anUnknownMatchOrNoDispositionIsRefusedAndAnotherReviewersClaimIsRespected() {
        VerificationCase c = screenedWithTwoMatches("v1");
        assertThat(refusal(() -> c.disposeMatch("no-such-match", MatchDisposition.NO_MATCH, null, "emp-0042", T0)))
                .isEqualTo(ReasonCode.MATCH_NOT_FOUND);
        assertThat(refusal(() -> c.disposeMatch(id(c, 0), null, null, "emp-0042", T0))).isEqualTo(ReasonCode.FIELD_REQUIRED);
        c.claim("emp-0050", 0, 5, T0);
        assertThat(refusal(() -> c.disposeMatch(id(c, 0), MatchDisposition.NO_MATCH, null, "emp-0042", T0)))
                .isEqualTo(ReasonCode.CASE_CLAIMED);
    }

    @Test
    void aDecidedCaseTakesNoDisposition() {
        VerificationCase c = screenedWithTwoMatches("v1");
        c.decide(new Decision(CaseStatus.REJECTED, "emp-0042", null, "SANCTIONS_CONFIRMED"), false, POLICY, T0.plusSeconds(900));
        assertThat(refusal(() -> c.disposeMatch(id(c, 0), MatchDisposition.NO_MATCH, null, "emp-0042", T0.plusSeconds(950))))
                .isEqualTo(ReasonCode.CASE_ALREADY_DECIDED);
    }

    @Test
    void aNewScreeningKeepsTheDispositionOfTheSameFindingAndAsksAgainForANewListVersion() {
        VerificationCase c = screenedWithTwoMatches("v1");
        String first = id(c, 0);
        c.disposeMatch(first, MatchDisposition.NO_MATCH, null, "emp-0042", T0.plusSeconds(700));
        c.applyScreening(new ScreeningResult(ScreeningOutcome.POTENTIAL, 0.84, List.of(UN, OFAC), "v1"), T0.plusSeconds(800));
        assertThat(c.screeningMatches().get(0).matchId()).isEqualTo(first);
        assertThat(c.screeningMatches().get(0).disposition()).isEqualTo(MatchDisposition.NO_MATCH);
        c.applyScreening(new ScreeningResult(ScreeningOutcome.POTENTIAL, 0.84, List.of(UN), "v2"), T0.plusSeconds(900));
        assertThat(c.screeningMatches()).hasSize(1);
        assertThat(c.screeningMatches().get(0).disposition()).isNull();
        assertThat(c.screeningMatches().get(0).view().listVersion()).isEqualTo("v2");
    }

    private static ReasonCode refusal(Runnable r) {
        try {
            r.run();
        } catch (InvalidRequestException e) {
            return e.reason();
        }
        return null;
    }
}
