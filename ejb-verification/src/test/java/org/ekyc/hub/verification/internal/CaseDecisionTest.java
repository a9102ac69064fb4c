package org.ekyc.hub.verification.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ekyc.hub.verification.api.Address;
import org.ekyc.hub.verification.api.AddressKind;
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
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.ekyc.hub.verification.api.review.FundsSource;
import org.ekyc.hub.verification.api.review.InterviewOutcome;
import org.ekyc.hub.verification.api.review.SourceOfFunds;
import org.ekyc.hub.verification.api.review.VideoInterview;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.api.risk.EnhancedTask;
import org.ekyc.hub.verification.api.risk.RiskTier;
import org.ekyc.hub.verification.api.risk.VerificationMethod;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.risk.RiskTierPolicy;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Risk tier on the case, automatic approval, a reviewer's decision and the FSC rule. */
class CaseDecisionTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));
    private static final RiskTierPolicy POLICY = RiskTierPolicy.defaults();

    private static VerificationCase open(String nationality, Product product) {
        VerificationCase c = VerificationCase.open(new OpenCaseCommand(
                new Applicant("SANTOS", "MARIA CLARA", null, nationality, LocalDate.of(1990, 5, 17), null, null),
                product, Channel.REST, null, null), T0, RETRY);
        c.reassess(POLICY, T0);
        return c;
    }

    private static void registry(VerificationCase c) {
        c.record(new StayStatus(RegistryCheckOutcome.VERIFIED, "E-9", LocalDate.of(2028, 1, 31), "00"), T0, RETRY);
        c.reassess(POLICY, T0);
    }

    private static void screening(VerificationCase c, ScreeningOutcome outcome) {
        List<org.ekyc.hub.verification.api.screening.ScreeningMatch> matches = outcome == ScreeningOutcome.CLEAR ? List.of()
                : List.of(new org.ekyc.hub.verification.api.screening.ScreeningMatch("TEST:1", "TEST", "SANTOS, MARIA",
                        "SANTOS MARIA", "SANTOS MARIA CLARA", 0.9, List.of("name")));
        c.applyScreening(new ScreeningResult(outcome, outcome == ScreeningOutcome.CLEAR ? 0.1 : 0.9, matches, "test-1"), T0);
        c.reassess(POLICY, T0);
    }

    private static void document(VerificationCase c) {
        c.applyDocumentReading(new DocumentReading(DocumentType.PASSPORT_TD3, List.of(),
                new QualityMetrics(1600, 1200, 500, 200, 0, 1, true), List.of(), null),
                new FaceTemplate("test-model", new float[] {0.1f, 0.2f}), T0);
        c.reassess(POLICY, T0);
    }

    private static void face(VerificationCase c, Instant at) {
        c.recordConsent(new Consent("v1", "en", 30), T0);
        c.applyFaceCheck(new FaceCheck(LivenessResult.Outcome.PASSED, MatchOutcome.MATCH, 0.71,
                new FaceTemplate("test-model", new float[] {0.1f, 0.2f}), List.of()), at);
        c.reassess(POLICY, at);
    }

    @Test
    void aCleanStandardCaseIsApprovedAutomaticallyWhenTheLastCheckLands() {
        VerificationCase c = open("PHL", Product.ACCOUNT);
        registry(c);
        screening(c, ScreeningOutcome.CLEAR);
        document(c);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.OPENED);
        face(c, T0.plusSeconds(60));
        CaseView v = c.toView();
        assertThat(v.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(v.decision().decidedBy()).isEqualTo("auto");
        assertThat(v.decision().riskTier()).isEqualTo(RiskTier.STANDARD);
        assertThat(v.decision().methods()).containsExactlyInAnyOrder(VerificationMethod.ID_COPY_VERIFIED,
                VerificationMethod.BIOMETRIC_MATCH);
        assertThat(v.decision().nonFaceToFaceSatisfied()).isTrue();
    }

    @Test
    void aFatfListedNationalityMakesTheCaseEnhancedAndSendsItToAPersonNotToApproval() {
        VerificationCase c = open("VNM", Product.ACCOUNT);
        assertThat(c.toView().decision().riskTier()).isEqualTo(RiskTier.ENHANCED);
        assertThat(c.toView().reasons()).as("no reason yet: nothing for a person to look at").isEmpty();
        registry(c);
        screening(c, ScreeningOutcome.CLEAR);
        document(c);
        face(c, T0);
        CaseView v = c.toView();
        assertThat(v.status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(v.reasons()).containsExactly(ReasonCode.ENHANCED_DUE_DILIGENCE);
        assertThat(v.decision().riskTier()).isEqualTo(RiskTier.ENHANCED);
        assertThat(v.decision().riskReasons()).contains("COUNTRY_INCREASED_MONITORING");
        assertThat(v.decision().openTasks()).containsExactlyInAnyOrder(EnhancedTask.VIDEO_INTERVIEW, EnhancedTask.SOURCE_OF_FUNDS);
    }

    @Test
    void anAddressInAFatfCountryStopsAutomaticApprovalOfAnOtherwiseCleanCase() {
        // the same clean PHL applicant that is approved automatically above, with a home address in Myanmar
        VerificationCase c = VerificationCase.open(new OpenCaseCommand(
                new Applicant("SANTOS", "MARIA CLARA", null, "PHL", LocalDate.of(1990, 5, 17), null, null, List.of(
                        new Address(AddressKind.RESIDENCE, "KOR", "12 Sejong-daero, Seoul"),
                        new Address(AddressKind.HOME_COUNTRY, "MMR", "7 Example Road, Yangon"))),
                Product.ACCOUNT, Channel.REST, null, null), T0, RETRY);
        c.reassess(POLICY, T0);
        registry(c);
        screening(c, ScreeningOutcome.CLEAR);
        document(c);
        face(c, T0.plusSeconds(60));
        CaseView v = c.toView();
        assertThat(v.status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(v.reasons()).containsExactly(ReasonCode.ENHANCED_DUE_DILIGENCE);
        assertThat(v.decision().riskTier()).isEqualTo(RiskTier.ENHANCED);
        assertThat(v.decision().riskReasons()).containsExactly("ADDRESS_COUNTRY_HIGH_RISK");
        // the addresses come back as given (they are sealed in one column, see AddressLines)
        assertThat(v.applicant().addresses()).extracting(Address::country).containsExactly("KOR", "MMR");
        assertThat(v.applicant().addresses().get(1).lines()).isEqualTo("7 Example Road, Yangon");
    }

    private static final Instant INTERVIEW = T0.plusSeconds(3600);

    private static VideoInterview interview(InterviewOutcome outcome) {
        return new VideoInterview("emp-0042", INTERVIEW, Duration.ofMinutes(12), outcome, "rec://vc/2026/11/000123");
    }

    private static SourceOfFunds payslips() {
        return new SourceOfFunds("emp-0042", FundsSource.SALARY, "dms://kyc/payslip-2026-10", "three payslips seen");
    }

    private static Decision approval(String reviewer) {
        return new Decision(CaseStatus.APPROVED, reviewer, null);
    }

    private static InvalidRequestException refused(VerificationCase c, Decision d, Instant at) {
        return catchThrowableOfType(InvalidRequestException.class, () -> c.decide(d, true, POLICY, at));
    }

    /** An ENHANCED case with every automated check clean, waiting in REVIEW. */
    private static VerificationCase enhancedInReview() {
        VerificationCase c = open("VNM", Product.ACCOUNT);
        registry(c);
        screening(c, ScreeningOutcome.CLEAR);
        document(c);
        face(c, T0);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        return c;
    }

    @Test
    void anEnhancedCaseIsApprovedOnlyWithTheEvidenceOfItsTasksRecorded() {
        VerificationCase c = enhancedInReview();
        Instant later = INTERVIEW.plus(Duration.ofHours(1));
        InvalidRequestException none = refused(c, approval("emp-0042"), later);
        assertThat(none.reason()).isEqualTo(ReasonCode.ENHANCED_TASKS_OPEN);
        assertThat(none.field()).isEqualTo("SOURCE_OF_FUNDS,VIDEO_INTERVIEW");

        c.recordVideoInterview(interview(InterviewOutcome.CONFIRMED), later);
        c.reassess(POLICY, later);
        InvalidRequestException funds = refused(c, approval("emp-0042"), later);
        assertThat(funds.reason()).isEqualTo(ReasonCode.ENHANCED_TASKS_OPEN);
        assertThat(funds.field()).isEqualTo("SOURCE_OF_FUNDS");
        assertThat(c.toView().decision().openTasks()).containsExactly(EnhancedTask.SOURCE_OF_FUNDS);
        assertThat(c.toView().decision().methods()).contains(VerificationMethod.VIDEO_CALL);

        c.recordSourceOfFunds(payslips(), later);
        c.reassess(POLICY, later);
        assertThat(c.decide(approval("emp-0042"), true, POLICY, later)).as("the first of two approvals").isFalse();
        CaseView first = c.toView();
        assertThat(first.status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(first.reasons()).contains(ReasonCode.SECOND_APPROVAL_PENDING);
        assertThat(first.decision().review().firstApprovedBy()).isEqualTo("emp-0042");
        assertThat(first.decision().decidedBy()).isNull();
        assertThat(first.account()).as("nothing ordered before the case is decided").isNull();

        assertThat(refused(c, approval(" EMP-0042 "), later).reason()).as("four eyes: another reviewer")
                .isEqualTo(ReasonCode.SECOND_REVIEWER_REQUIRED);
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> c.decide(approval("emp-0044"), false,
                POLICY, later)).reason()).as("the second approval is a senior reviewer's")
                .isEqualTo(ReasonCode.SENIOR_REVIEWER_REQUIRED);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(c.decide(approval("emp-0043"), true, POLICY, later)).isTrue();
        CaseView v = c.toView();
        assertThat(v.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(v.reasons()).doesNotContain(ReasonCode.SECOND_APPROVAL_PENDING);
        assertThat(v.decision().decidedBy()).isEqualTo("emp-0043");
        assertThat(v.decision().openTasks()).isEmpty();
        assertThat(v.decision().review().videoInterview().reviewer()).isEqualTo("emp-0042");
        assertThat(v.decision().review().videoInterview().durationSeconds()).isEqualTo(720);
        assertThat(v.decision().review().sourceOfFunds().source()).isEqualTo(FundsSource.SALARY);
    }

    @Test
    void aFirstApprovalNoLongerStandsWhenTheEvidenceChanges() {
        VerificationCase c = enhancedInReview();
        Instant later = INTERVIEW.plus(Duration.ofHours(1));
        c.recordVideoInterview(interview(InterviewOutcome.CONFIRMED), later);
        c.recordSourceOfFunds(payslips(), later);
        c.reassess(POLICY, later);
        assertThat(c.decide(approval("emp-0042"), true, POLICY, later)).isFalse();
        // a new record (here a second source-of-funds document) is other evidence than the one approved
        c.recordSourceOfFunds(new SourceOfFunds("emp-0044", FundsSource.SAVINGS, "dms://kyc/bank-statement", null), later);
        c.reassess(POLICY, later);
        assertThat(c.toView().reasons()).doesNotContain(ReasonCode.SECOND_APPROVAL_PENDING);
        assertThat(c.toView().decision().review().firstApprovedBy()).isNull();
        assertThat(c.decide(approval("emp-0043"), true, POLICY, later)).as("this is a first approval again").isFalse();
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(c.decide(approval("emp-0042"), true, POLICY, later)).isTrue();
        assertThat(c.toView().status()).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void anInterviewThatDidNotConfirmThePersonCountsForNothing() {
        VerificationCase c = enhancedInReview();
        Instant later = INTERVIEW.plus(Duration.ofHours(1));
        c.recordVideoInterview(interview(InterviewOutcome.NOT_CONFIRMED), later);
        c.recordSourceOfFunds(payslips(), later);
        c.reassess(POLICY, later);
        assertThat(c.toView().decision().methods()).doesNotContain(VerificationMethod.VIDEO_CALL);
        assertThat(refused(c, approval("emp-0042"), later).field()).isEqualTo("VIDEO_INTERVIEW");
        // a rejection needs no second reviewer
        assertThat(c.decide(new Decision(CaseStatus.REJECTED, "emp-0042", "person on the call was not the applicant", "IDENTITY_NOT_CONFIRMED"),
                true, POLICY, later)).isTrue();
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void anInterviewRecordThatCannotBeRightIsRefusedWithItsField() {
        VerificationCase c = open("VNM", Product.ACCOUNT);
        Instant now = INTERVIEW.plus(Duration.ofHours(1));
        record Bad(VideoInterview v, ReasonCode code, String field) {
        }
        for (Bad b : List.of(
                new Bad(new VideoInterview(" ", INTERVIEW, Duration.ofMinutes(5), InterviewOutcome.CONFIRMED, "rec://1"),
                        ReasonCode.FIELD_REQUIRED, "reviewer"),
                new Bad(new VideoInterview("emp-0042", null, Duration.ofMinutes(5), InterviewOutcome.CONFIRMED, "rec://1"),
                        ReasonCode.FIELD_REQUIRED, "heldAt"),
                new Bad(new VideoInterview("emp-0042", now.plusSeconds(3600), Duration.ofMinutes(5), InterviewOutcome.CONFIRMED,
                        "rec://1"), ReasonCode.EVIDENCE_INVALID, "heldAt"),
                new Bad(new VideoInterview("emp-0042", T0.minus(Duration.ofDays(2)), Duration.ofMinutes(5),
                        InterviewOutcome.CONFIRMED, "rec://1"), ReasonCode.EVIDENCE_INVALID, "heldAt"),
                new Bad(new VideoInterview("emp-0042", INTERVIEW, Duration.ofSeconds(20), InterviewOutcome.CONFIRMED, "rec://1"),
                        ReasonCode.EVIDENCE_INVALID, "durationSeconds"),
                new Bad(new VideoInterview("emp-0042", INTERVIEW, Duration.ofMinutes(5), null, "rec://1"),
                        ReasonCode.FIELD_REQUIRED, "outcome"),
                new Bad(new VideoInterview("emp-0042", INTERVIEW, Duration.ofMinutes(5), InterviewOutcome.CONFIRMED, ""),
                        ReasonCode.FIELD_REQUIRED, "recordingRef"))) {
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                    () -> c.recordVideoInterview(b.v(), now));
            assertThat(e.reason()).as(b.toString()).isEqualTo(b.code());
            assertThat(e.field()).as(b.toString()).isEqualTo(b.field());
        }
        assertThat(c.toView().decision().review()).as("nothing recorded").isNull();
    }

    @Test
    void aSourceOfFundsNoteMayHaveSeveralLinesButNoOtherControlCharacter() {
        VerificationCase c = open("VNM", Product.ACCOUNT);
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> c.recordSourceOfFunds(
                new SourceOfFunds("emp-0042", FundsSource.SALARY, "dms://kyc/payslip", "seen\u001B[2J"), T0));
        assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_CHARACTERS);
        assertThat(e.field()).isEqualTo("note");
        c.recordSourceOfFunds(new SourceOfFunds("emp-0042", FundsSource.SALARY, "dms://kyc/payslip",
                "three payslips seen\nand a tax certificate"), T0);
        assertThat(c.toView().decision().review().sourceOfFunds().source()).isEqualTo(FundsSource.SALARY);
    }

    @Test
    void approvalNeedsTwoNonFaceToFaceMethodsProvenByEvidence() {
        VerificationCase c = open("PHL", Product.ACCOUNT);
        screening(c, ScreeningOutcome.CLEAR);
        document(c);
        // the registry has not confirmed the holder and there was no face check: no method yet
        InvalidRequestException e = refused(c, approval("emp-0042"), T0);
        assertThat(e.reason()).isEqualTo(ReasonCode.NON_FACE_TO_FACE_INSUFFICIENT);
        assertThat(e.field()).isEqualTo("2");
        Instant later = INTERVIEW.plus(Duration.ofHours(1));
        c.recordVideoInterview(interview(InterviewOutcome.CONFIRMED), later);
        c.reassess(POLICY, later);
        assertThat(refused(c, approval("emp-0042"), later).field()).as("the video call is one method").isEqualTo("1");
        registry(c);
        assertThat(c.toView().decision().methods()).containsExactlyInAnyOrder(VerificationMethod.VIDEO_CALL,
                VerificationMethod.ID_COPY_VERIFIED);
        assertThat(c.decide(approval("emp-0042"), true, POLICY, later)).as("STANDARD: one reviewer decides").isTrue();
        assertThat(c.toView().status()).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void aDecidedCaseStaysDecided() {
        VerificationCase c = open("PHL", Product.ACCOUNT);
        c.decide(new Decision(CaseStatus.REJECTED, "emp-0042", "customer withdrew", "IDENTITY_NOT_CONFIRMED"), true, POLICY, T0);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> c.decide(
                new Decision(CaseStatus.APPROVED, "emp-0043", null), true, POLICY, T0)).reason())
                .isEqualTo(ReasonCode.CASE_ALREADY_DECIDED);
        // later checks are refused: they cannot reopen it
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> screening(c, ScreeningOutcome.CLEAR)).reason())
                .isEqualTo(ReasonCode.CASE_ALREADY_DECIDED);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void aDecisionNeedsAReviewerAndAFinalOutcome() {
        VerificationCase c = open("PHL", Product.ACCOUNT);
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> c.decide(
                new Decision(CaseStatus.REJECTED, " ", null, "IDENTITY_NOT_CONFIRMED"), true, POLICY, T0)).reason()).isEqualTo(ReasonCode.FIELD_REQUIRED);
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> c.decide(
                new Decision(CaseStatus.REVIEW, "emp-0042", null), true, POLICY, T0)).reason())
                .isEqualTo(ReasonCode.MALFORMED_REQUEST);
    }

    @Test
    void aCaseWaitingForARetakeCannotBeApproved() {
        VerificationCase c = open("PHL", Product.ACCOUNT);
        c.applyDocumentReading(new DocumentReading(DocumentType.PASSPORT_TD3, List.of(),
                new QualityMetrics(1600, 1200, 20, 200, 0, 1, true),
                List.of(new org.ekyc.hub.verification.api.document.Finding(ReasonCode.IMAGE_BLURRED,
                        org.ekyc.hub.verification.api.document.Severity.RETAKE, "12")), null), null, T0);
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> c.decide(new Decision(CaseStatus.APPROVED,
                "emp-0042", null),
                true, POLICY, T0)).reason()).isEqualTo(ReasonCode.DECISION_NOT_ALLOWED);
    }

    @Test
    void theFaceTemplateIsKeptThirtyDaysFromTheDecisionNotFromTheCheck() {
        VerificationCase c = open("PHL", Product.ACCOUNT);
        face(c, T0);
        assertThat(c.toView().face().templatePurgeAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
        Instant decided = T0.plus(Duration.ofDays(9));
        c.decide(new Decision(CaseStatus.REJECTED, "emp-0042", null, "IDENTITY_NOT_CONFIRMED"), true, POLICY, decided);
        assertThat(c.toView().face().templatePurgeAt()).isEqualTo(decided.plus(Duration.ofDays(30)));
    }

    @Test
    void aSanctionsPotentialMakesTheCaseEnhanced() {
        VerificationCase c = open("PHL", Product.ACCOUNT);
        screening(c, ScreeningOutcome.POTENTIAL);
        assertThat(c.toView().decision().riskTier()).isEqualTo(RiskTier.ENHANCED);
        assertThat(c.toView().decision().riskReasons()).contains("SANCTIONS_POTENTIAL");
    }

    @Test
    void aHigherRiskProductIsEnhancedWhateverTheNationality() {
        VerificationCase c = open("PHL", Product.REMITTANCE);
        screening(c, ScreeningOutcome.CLEAR);
        assertThat(c.toView().decision().riskTier()).isEqualTo(RiskTier.ENHANCED);
        assertThat(c.toView().decision().riskReasons()).containsExactly("PRODUCT_REMITTANCE");
    }
}
