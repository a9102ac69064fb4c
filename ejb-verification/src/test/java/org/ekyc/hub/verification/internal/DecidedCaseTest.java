package org.ekyc.hub.verification.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.FaceCheck;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.QualityMetrics;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningResult;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningState;
import org.ekyc.hub.verification.api.peer.credit.CreditOutcome;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;
import org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest;
import org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdOutcome;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdResult;
import org.ekyc.hub.verification.api.peer.tax.IncomeBand;
import org.ekyc.hub.verification.api.peer.tax.TaxFilingStatus;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.verification.api.peer.tax.TaxStatus;
import org.ekyc.hub.verification.api.peer.telecom.OtpChallenge;
import org.ekyc.hub.verification.api.peer.telecom.PhoneCheckOutcome;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentity;
import org.ekyc.hub.verification.api.review.FundsSource;
import org.ekyc.hub.verification.api.review.InterviewOutcome;
import org.ekyc.hub.verification.api.review.SourceOfFunds;
import org.ekyc.hub.verification.api.review.VideoInterview;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.api.risk.RiskTier;
import org.ekyc.hub.verification.api.screening.ScreeningMatch;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.risk.RiskTierPolicy;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A decided case is final: every command is refused with CASE_ALREADY_DECIDED and changes nothing; a
 * re-screening is a finding only; PEP matches and unscreened applicants in the risk tier and the decision.
 */
class DecidedCaseTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    private static final Instant LATER = T0.plus(Duration.ofHours(1));
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));
    private static final RiskTierPolicy POLICY = RiskTierPolicy.defaults();
    private static final ScreeningResult CLEAR = new ScreeningResult(ScreeningOutcome.CLEAR, 0.1, List.of(), "test-1");
    private static final DocumentReading CLEAN_DOCUMENT = new DocumentReading(DocumentType.PASSPORT_TD3, List.of(),
            new QualityMetrics(1600, 1200, 500, 200, 0, 1, true), List.of(), null);
    private static final FaceCheck MATCHED = new FaceCheck(LivenessResult.Outcome.PASSED, MatchOutcome.MATCH, 0.71,
            new FaceTemplate("test-model", new float[] {0.1f, 0.2f}), List.of());

    private static VerificationCase open() {
        VerificationCase c = VerificationCase.open(new OpenCaseCommand(
                new Applicant("SANTOS", "MARIA CLARA", null, "PHL", LocalDate.of(1990, 5, 17), null, null),
                Product.ACCOUNT, Channel.REST, "CUST-0001", null), T0, RETRY);
        c.reassess(POLICY, T0);
        return c;
    }

    /** Every automated check clean: approved automatically. */
    private static VerificationCase approved() {
        VerificationCase c = open();
        c.applyScreening(CLEAR, T0);
        everyOtherCheckClean(c);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.APPROVED);
        return c;
    }

    /** Registry, document and face clean, then reassessed. */
    private static void everyOtherCheckClean(VerificationCase c) {
        c.record(new StayStatus(RegistryCheckOutcome.VERIFIED, "E-9", LocalDate.of(2028, 1, 31), "00"), T0, RETRY);
        c.applyDocumentReading(CLEAN_DOCUMENT, null, T0);
        c.recordConsent(new Consent("v1", "en", 30), T0);
        c.applyFaceCheck(MATCHED, T0);
        c.reassess(POLICY, T0);
    }

    private static VerificationCase rejected() {
        VerificationCase c = open();
        c.decide(new Decision(CaseStatus.REJECTED, "emp-0042", null, "IDENTITY_NOT_CONFIRMED"), true, POLICY, T0);
        return c;
    }

    /** One entry per command a channel or a background job can send to a case. */
    private static Map<String, java.util.function.Consumer<VerificationCase>> commands() {
        Map<String, java.util.function.Consumer<VerificationCase>> m = new LinkedHashMap<>();
        m.put("document", c -> c.applyDocumentReading(CLEAN_DOCUMENT, null, LATER));
        m.put("consent", c -> c.recordConsent(new Consent("v2", "ko", 30), LATER));
        m.put("liveness challenge", c -> c.bindLivenessChallenge("nonce-1", LATER));
        m.put("face check allowed", c -> c.checkFaceCheckAllowed("nonce-1"));
        m.put("face check", c -> c.applyFaceCheck(MATCHED, LATER));
        m.put("screening", c -> c.applyScreening(new ScreeningResult(ScreeningOutcome.HIT, 0.97, List.of(
                new ScreeningMatch("OFAC-SDN:1", "OFAC-SDN", "SANTOS, MARIA", "SANTOS MARIA", "MARIA CLARA SANTOS", 0.97,
                        List.of("NAME 0.97"))), "test-2"), LATER));
        m.put("screening unavailable", c -> c.applyScreening(null, LATER));
        m.put("immigration answer", c -> c.record(new StayStatus(RegistryCheckOutcome.NOT_FOUND, null, null, "01"), LATER, RETRY));
        m.put("resident answer", c -> c.record(new ResidentIdResult(ResidentIdOutcome.NO_MATCH, "01"), LATER, RETRY));
        m.put("resident no answer", c -> c.noAnswer(new ResidentIdQuery(c.id(), "SANTOS", "9001011000017",
                LocalDate.of(2019, 5, 20)), LATER, RETRY));
        m.put("income answer", c -> c.record(new TaxStatus(TaxFilingStatus.REGISTERED, IncomeBand.NONE, 2025, "00"), LATER, RETRY));
        m.put("income no answer", c -> c.noAnswer(new TaxQuery(c.id(), "123-45-67890", "SANTOS", 2025), LATER, RETRY));
        m.put("credit answer", c -> c.record(new CreditSummary(CreditOutcome.NO_RECORD, null, null, null, null, "0001"), LATER, RETRY));
        m.put("credit no answer", c -> c.noAnswer(new PendingCreditEnquiry(c.id(),
                new CreditSummaryRequest("SANTOS MARIA CLARA", "9005172123456", true)), LATER, RETRY));
        m.put("phone OTP request", c -> c.record(new OtpChallenge(PhoneCheckOutcome.OTP_SENT, "tx-1", 180, "00"), LATER, RETRY));
        m.put("phone OTP confirm", c -> c.record(new PhoneIdentity(PhoneCheckOutcome.OTP_MISMATCH, null, null, "12"), LATER, RETRY));
        m.put("approval", c -> c.decide(new Decision(CaseStatus.APPROVED, "emp-0043", null), true, POLICY, LATER));
        m.put("video interview", c -> c.recordVideoInterview(new VideoInterview("emp-0043", LATER.minusSeconds(900),
                Duration.ofMinutes(10), InterviewOutcome.CONFIRMED, "rec://vc/late"), LATER));
        m.put("source of funds", c -> c.recordSourceOfFunds(new SourceOfFunds("emp-0043", FundsSource.SAVINGS,
                "dms://kyc/late", null), LATER));
        m.put("rejection", c -> c.decide(new Decision(CaseStatus.REJECTED, "emp-0043", null, "IDENTITY_NOT_CONFIRMED"), true, POLICY, LATER));
        return m;
    }

    @Test
    void everyCommandOnAnApprovedCaseIsRefusedAndChangesNothing() {
        everyCommandIsRefused(approved());
    }

    @Test
    void everyCommandOnARejectedCaseIsRefusedAndChangesNothing() {
        everyCommandIsRefused(rejected());
    }

    private static void everyCommandIsRefused(VerificationCase c) {
        CaseView before = c.toView();
        commands().forEach((name, command) -> {
            InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, () -> command.accept(c));
            assertThat(refused).as(name).isNotNull();
            assertThat(refused.reason()).as(name).isEqualTo(ReasonCode.CASE_ALREADY_DECIDED);
            assertThat(c.toView()).as(name).isEqualTo(before);
        });
    }

    @Test
    void aRejectedCaseNeverComesBackToAutomaticApprovalNorOrdersAnAccount() {
        VerificationCase c = rejected();
        c.reassess(POLICY, LATER);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(c.toView().account()).isNull();
    }

    @Test
    void theAccountOpeningOfAnApprovedCaseStillProceeds() {
        VerificationCase c = approved();
        assertThat(c.toView().account().state()).isEqualTo(AccountOpeningState.PENDING);
        c.takePending(PendingPeer.ACCOUNT_OPENING, LATER);
        assertThat(c.applyAccountOpening(AccountOpeningResult.opened("110-234-567890", LocalDate.of(2026, 11, 23)), LATER, RETRY))
                .isTrue();
        assertThat(c.toView().account().state()).isEqualTo(AccountOpeningState.OPENED);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void aRescreeningMatchOnADecidedCaseIsAFindingAndTheDecisionStands() {
        VerificationCase c = approved();
        assertThat(c.applyRescreening(CLEAR, LATER)).isFalse();
        assertThat(c.toView().reasons()).doesNotContain(ReasonCode.SCREENING_MATCH_AFTER_DECISION);
        ScreeningResult hit = new ScreeningResult(ScreeningOutcome.HIT, 0.97, List.of(new ScreeningMatch("UN:1", "UN",
                "SANTOS, MARIA", "SANTOS MARIA", "MARIA CLARA SANTOS", 0.97, List.of("NAME 0.97"))), "test-2");
        assertThat(c.applyRescreening(hit, LATER)).isTrue();
        assertThat(c.applyRescreening(hit, LATER)).isFalse();
        CaseView v = c.toView();
        assertThat(v.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(v.reasons()).containsOnlyOnce(ReasonCode.SCREENING_MATCH_AFTER_DECISION)
                .doesNotContain(ReasonCode.SANCTIONS_HIT);
        assertThat(v.screening()).isEqualTo("CLEAR");
        assertThat(v.decision().riskTier()).isEqualTo(RiskTier.STANDARD);
    }

    @Test
    void aRescreeningOfAnUndecidedCaseIsAScreening() {
        VerificationCase c = open();
        c.applyRescreening(CLEAR, T0);
        assertThat(c.toView().screening()).isEqualTo("CLEAR");
    }

    @Test
    void aPepMatchIsThePepFactorNotASanctionsHit() {
        VerificationCase c = open();
        c.applyScreening(new ScreeningResult(ScreeningOutcome.HIT, 0.95, List.of(new ScreeningMatch("PEP:7", "PEP",
                "SANTOS, MARIA", "SANTOS MARIA", "MARIA CLARA SANTOS", 0.95, List.of("NAME 0.95"))), "test-1"), T0);
        c.reassess(POLICY, T0);
        CaseView v = c.toView();
        assertThat(v.reasons()).contains(ReasonCode.PEP_MATCH).doesNotContain(ReasonCode.SANCTIONS_HIT);
        assertThat(v.screening()).isEqualTo("CLEAR");
        assertThat(v.decision().riskTier()).isEqualTo(RiskTier.ENHANCED);
        assertThat(v.decision().riskReasons()).containsExactly("PEP");
        // every other check clean: a person must look (enhanced due diligence), never an automatic approval
        everyOtherCheckClean(c);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(c.toView().reasons()).contains(ReasonCode.ENHANCED_DUE_DILIGENCE);
    }

    @Test
    void aPepAndASanctionsMatchTogetherStayASanctionsHitAndAPep() {
        VerificationCase c = open();
        c.applyScreening(new ScreeningResult(ScreeningOutcome.HIT, 0.95, List.of(
                new ScreeningMatch("PEP:7", "PEP", "SANTOS, MARIA", "SANTOS MARIA", "MARIA CLARA SANTOS", 0.95, List.of()),
                new ScreeningMatch("UN:1", "UN", "SANTOS, MARIA", "SANTOS MARIA", "MARIA CLARA SANTOS", 0.93, List.of())),
                "test-1"), T0);
        c.reassess(POLICY, T0);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(c.toView().reasons()).contains(ReasonCode.SANCTIONS_HIT, ReasonCode.PEP_MATCH);
        assertThat(c.toView().decision().riskReasons()).containsExactly("SANCTIONS_HIT", "PEP");
    }

    @Test
    void anUnscreenedCaseIsNotClearAndIsNeverApproved() {
        VerificationCase c = open();
        c.applyScreening(null, T0);
        everyOtherCheckClean(c);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.OPENED);
        assertThat(c.toView().reasons()).contains(ReasonCode.SCREENING_UNAVAILABLE);
        assertThat(c.toView().decision().riskTier()).isEqualTo(RiskTier.ENHANCED);
        assertThat(c.toView().decision().riskReasons()).containsExactly("UNSCREENED");
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, () -> c.decide(
                new Decision(CaseStatus.APPROVED, "emp-0042", null), true, POLICY, T0));
        assertThat(refused.reason()).isEqualTo(ReasonCode.SCREENING_REQUIRED);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.OPENED);
        // once screened (the sweep), the case is approved automatically like any other
        c.applyScreening(CLEAR, LATER);
        c.reassess(POLICY, LATER);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(c.toView().reasons()).doesNotContain(ReasonCode.SCREENING_UNAVAILABLE);
    }

    @Test
    void anUnscreenedCaseMayStillBeRejected() {
        VerificationCase c = open();
        c.applyScreening(null, T0);
        c.decide(new Decision(CaseStatus.REJECTED, "emp-0042", null, "IDENTITY_NOT_CONFIRMED"), true, POLICY, T0);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REJECTED);
    }
}
