package org.ekyc.hub.verification.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.FaceCheck;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.QualityMetrics;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningOrder;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningResult;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningState;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.risk.RiskTierPolicy;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Account opening of an approved ACCOUNT case: ordered, leased, answered, retried, once only. */
class AccountOpeningStateTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));
    /** base 10 s, max 40 s, lease 60 s */
    private static final RetryPolicy ACCOUNT = new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(40), Duration.ofSeconds(60));
    private static final RiskTierPolicy POLICY = RiskTierPolicy.defaults();

    private static VerificationCase open(Product product) {
        VerificationCase c = VerificationCase.open(new OpenCaseCommand(
                new Applicant("SANTOS", "MARIA CLARA", null, "PHL", LocalDate.of(1990, 5, 17), null, null),
                product, Channel.REST, "CUST-0001", null), T0, RETRY);
        // screened: an unscreened case cannot be approved
        c.applyScreening(new ScreeningResult(ScreeningOutcome.CLEAR, 0.1, List.of(), "test-1"), T0);
        c.reassess(POLICY, T0);
        return c;
    }

    private static VerificationCase approved() {
        VerificationCase c = open(Product.ACCOUNT);
        ReviewEvidenceFixture.evidence(c, POLICY, T0);
        ReviewEvidenceFixture.approve(c, POLICY, T0);
        return c;
    }

    private static CaseView.AccountView account(VerificationCase c) {
        return c.toView().account();
    }

    @Test
    void aCaseHasNoAccountOpeningBeforeItIsApproved() {
        assertThat(account(open(Product.ACCOUNT))).isNull();
    }

    @Test
    void aReviewersApprovalOfAnAccountCaseOrdersTheAccountAtOnce() {
        VerificationCase c = approved();
        assertThat(account(c).state()).isEqualTo(AccountOpeningState.PENDING);
        assertThat(account(c).failedAttempts()).isZero();
        assertThat(account(c).maskedAccountNumber()).isNull();
        AccountOpeningOrder order = (AccountOpeningOrder) c.takePending(PendingPeer.ACCOUNT_OPENING, T0.plusSeconds(60));
        assertThat(order.caseId()).isEqualTo(c.id());
        assertThat(order.customerReference()).isEqualTo("CUST-0001");
        assertThat(order.surname()).isEqualTo("SANTOS");
        assertThat(order.birthDate()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(order.attempt()).isEqualTo(1);
        assertThat(order.toString()).doesNotContain("SANTOS").doesNotContain("1990");
    }

    @Test
    void anAutomaticApprovalOrdersTheAccountToo() {
        VerificationCase c = open(Product.ACCOUNT);
        c.record(new StayStatus(RegistryCheckOutcome.VERIFIED, "E-9", LocalDate.of(2028, 1, 31), "00"), T0, RETRY);
        c.applyScreening(new ScreeningResult(ScreeningOutcome.CLEAR, 0.1, List.of(), "test-1"), T0);
        c.applyDocumentReading(new DocumentReading(DocumentType.PASSPORT_TD3, List.of(),
                new QualityMetrics(1600, 1200, 500, 200, 0, 1, true), List.of(), null),
                new FaceTemplate("test-model", new float[] {0.1f, 0.2f}), T0);
        c.recordConsent(new Consent("v1", "en", 30), T0);
        c.applyFaceCheck(new FaceCheck(LivenessResult.Outcome.PASSED, MatchOutcome.MATCH, 0.71,
                new FaceTemplate("test-model", new float[] {0.1f}), List.of()), T0);
        c.reassess(POLICY, T0);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(account(c).state()).isEqualTo(AccountOpeningState.PENDING);
    }

    @Test
    void otherProductsAndRejectedCasesOrderNoAccount() {
        VerificationCase loan = open(Product.LOAN);
        ReviewEvidenceFixture.evidence(loan, POLICY, T0);
        ReviewEvidenceFixture.approve(loan, POLICY, T0);
        assertThat(loan.toView().status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(account(loan)).isNull();
        VerificationCase rejected = open(Product.ACCOUNT);
        rejected.decide(new Decision(CaseStatus.REJECTED, "emp-0042", null, "IDENTITY_NOT_CONFIRMED"), true, POLICY, T0);
        assertThat(account(rejected)).isNull();
    }

    @Test
    void anOpenedAccountIsKeptAndShownMaskedOnly() {
        VerificationCase c = approved();
        c.takePending(PendingPeer.ACCOUNT_OPENING, T0.plusSeconds(60));
        assertThat(c.applyAccountOpening(AccountOpeningResult.opened("99900012345678", LocalDate.of(2026, 11, 23)),
                T0.plusSeconds(1), ACCOUNT)).isTrue();
        CaseView v = c.toView();
        assertThat(v.account().state()).isEqualTo(AccountOpeningState.OPENED);
        assertThat(v.account().maskedAccountNumber()).isEqualTo("**********5678");
        assertThat(v.account().openedDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(v.account().returnCode()).isEqualTo("00");
        assertThat(v.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(v.toString()).doesNotContain("99900012345678");
        assertThat(c.hasAccount("99900012345678")).isTrue();
    }

    @Test
    void aRefusalKeepsTheReturnCodeAndGivesTheCaseAReason() {
        VerificationCase c = approved();
        c.applyAccountOpening(AccountOpeningResult.refused("12"), T0.plusSeconds(1), ACCOUNT);
        CaseView v = c.toView();
        assertThat(v.account().state()).isEqualTo(AccountOpeningState.REFUSED);
        assertThat(v.account().returnCode()).isEqualTo("12");
        assertThat(v.reasons()).contains(ReasonCode.ACCOUNT_OPENING_REFUSED);
        assertThat(v.status()).as("the identity was verified").isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void aTechnicalFailureLeavesTheOrderPendingAndBacksOffEachTimeLonger() {
        VerificationCase c = approved();
        c.takePending(PendingPeer.ACCOUNT_OPENING, T0.plusSeconds(60));
        c.applyAccountOpening(AccountOpeningResult.failed("no reply within 10000 ms"), T0, ACCOUNT);
        assertThat(account(c).state()).isEqualTo(AccountOpeningState.PENDING);
        assertThat(account(c).failedAttempts()).isEqualTo(1);
        assertThat(retryAt(c)).isEqualTo(T0.plusSeconds(10));
        c.applyAccountOpening(AccountOpeningResult.failed("garbled"), T0, ACCOUNT);
        assertThat(retryAt(c)).isEqualTo(T0.plusSeconds(20));
        c.applyAccountOpening(AccountOpeningResult.failed("garbled"), T0, ACCOUNT);
        c.applyAccountOpening(AccountOpeningResult.failed("garbled"), T0, ACCOUNT);
        assertThat(retryAt(c)).as("capped").isEqualTo(T0.plusSeconds(40));
        assertThat(((AccountOpeningOrder) c.takePending(PendingPeer.ACCOUNT_OPENING, T0.plusSeconds(100))).attempt()).isEqualTo(5);
        assertThat(retryAt(c)).as("leased while on its way").isEqualTo(T0.plusSeconds(100));
    }

    @Test
    void onceAnsweredALateOrRepeatedReplyChangesNothing() {
        VerificationCase c = approved();
        c.applyAccountOpening(AccountOpeningResult.opened("99900012345678", LocalDate.of(2026, 11, 23)), T0, ACCOUNT);
        assertThat(c.applyAccountOpening(AccountOpeningResult.opened("99900099999999", LocalDate.of(2026, 11, 24)),
                T0, ACCOUNT)).isFalse();
        assertThat(c.applyAccountOpening(AccountOpeningResult.refused("12"), T0, ACCOUNT)).isFalse();
        assertThat(c.applyAccountOpening(AccountOpeningResult.failed("late"), T0, ACCOUNT)).isFalse();
        assertThat(account(c).maskedAccountNumber()).endsWith("5678");
        assertThat(account(c).state()).isEqualTo(AccountOpeningState.OPENED);
        assertThat(c.toView().reasons()).doesNotContain(ReasonCode.ACCOUNT_OPENING_REFUSED);
    }

    @Test
    void masking() {
        assertThat(AccountOpeningResult.mask("99900012345678")).isEqualTo("**********5678");
        assertThat(AccountOpeningResult.mask("123")).isEqualTo("**3");
        assertThat(AccountOpeningResult.mask(null)).isNull();
    }

    private static Instant retryAt(VerificationCase c) {
        return c.check(PendingPeer.ACCOUNT_OPENING).retryAt();
    }
}
