package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.QualityMetrics;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.api.review.ReopenedStep;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.risk.RiskTierPolicy;
import org.junit.jupiter.api.Test;

/**
 * A reason to reject, and asking the customer for more (MORE_INFO): the case leaves the queue (REVIEW → RETRY), only the
 * step the reason names is taken, and the resubmitted step brings the case back to a person (RETRY → REVIEW), never to
 * an automatic decision; a retake of it keeps the case waiting.
 */
class MoreInfoTest {

    private static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));
    private static final RiskTierPolicy POLICY = RiskTierPolicy.defaults();
    private static final FaceTemplate PORTRAIT = new FaceTemplate("test-model", new float[] {0.1f, 0.2f});

    private static DocumentReading reading(Finding... findings) {
        return new DocumentReading(DocumentType.PASSPORT_TD3, List.of(), new QualityMetrics(1600, 1200, 500, 200, 0, 1, true),
                List.of(findings), null);
    }

    private static FaceCheck face(LivenessResult.Outcome liveness, MatchOutcome match) {
        return new FaceCheck(liveness, match, match == MatchOutcome.MATCH ? 0.71 : 0.2, PORTRAIT, List.of());
    }

    /** A synthetic applicant whose document was read and whose face did not match: a person looks (REVIEW). */
    private static VerificationCase faceNotMatched() {
        VerificationCase c = VerificationCase.open(new OpenCaseCommand(
                new Applicant("PHAM", "THI HOA", null, "VNM", LocalDate.of(1996, 8, 9), null, null),
                Product.ACCOUNT, Channel.REST, null, null), T0, RETRY);
        c.reassess(POLICY, T0);
        c.applyDocumentReading(reading(), PORTRAIT, T0);
        c.recordConsent(new Consent("v1", "vi", 30), T0);
        c.applyFaceCheck(face(LivenessResult.Outcome.PASSED, MatchOutcome.NO_MATCH), T0);
        c.reassess(POLICY, T0);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        return c;
    }

    private static boolean decide(VerificationCase c, CaseStatus outcome, String reason) {
        return c.decide(new Decision(outcome, "emp-0042", "private: asked on the phone", reason), false, POLICY, T0.plusSeconds(60));
    }

    private static ReasonCode refusal(Runnable r) {
        try {
            r.run();
        } catch (InvalidRequestException e) {
            return e.reason();
        }
        return null;
    }

    @Test
    void aRejectionAndARequestForMoreNeedAReasonOfTheirOwnList() {
        VerificationCase c = faceNotMatched();
        assertThat(refusal(() -> decide(c, CaseStatus.REJECTED, null))).isEqualTo(ReasonCode.DECISION_REASON_REQUIRED);
        assertThat(refusal(() -> decide(c, CaseStatus.RETRY, null))).isEqualTo(ReasonCode.DECISION_REASON_REQUIRED);
        assertThat(refusal(() -> decide(c, CaseStatus.REJECTED, "EVIDENCE_CONSISTENT"))).isEqualTo(ReasonCode.DECISION_REASON_UNKNOWN);
        assertThat(refusal(() -> decide(c, CaseStatus.REJECTED, "SELFIE_UNCLEAR"))).isEqualTo(ReasonCode.DECISION_REASON_UNKNOWN);
        assertThat(refusal(() -> decide(c, CaseStatus.RETRY, "FACE_NOT_THE_APPLICANT"))).isEqualTo(ReasonCode.DECISION_REASON_UNKNOWN);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(decide(c, CaseStatus.REJECTED, "FACE_NOT_THE_APPLICANT")).isTrue();
        CaseView v = c.toView();
        assertThat(v.status()).isEqualTo(CaseStatus.REJECTED);
        // what the customer is shown is the listed reason; the private note is not in the view
        assertThat(v.decision().reasonCode()).isEqualTo("FACE_NOT_THE_APPLICANT");
        assertThat(v.toString()).doesNotContain("private: asked on the phone");
    }

    @Test
    void askingForTheFaceAgainTakesTheCaseOutOfTheQueueAndOnlyTheFaceStepIsTaken() {
        VerificationCase c = faceNotMatched();
        assertThat(decide(c, CaseStatus.RETRY, "SELFIE_UNCLEAR")).as("not decided").isFalse();
        CaseView v = c.toView();
        assertThat(v.status()).isEqualTo(CaseStatus.RETRY);
        assertThat(v.reasons()).contains(ReasonCode.MORE_INFO_REQUESTED);
        assertThat(v.decision().decidedAt()).isNull();
        assertThat(v.decision().moreInfo().step()).isEqualTo(ReopenedStep.FACE);
        assertThat(v.decision().moreInfo().reasonCode()).isEqualTo("SELFIE_UNCLEAR");
        assertThat(v.decision().moreInfo().requestedBy()).isEqualTo("emp-0042");
        // the document step is not re-opened; no approval while the customer is asked, a second request neither
        assertThat(refusal(() -> c.applyDocumentReading(reading(), PORTRAIT, T0.plusSeconds(120)))).isEqualTo(ReasonCode.STEP_NOT_REOPENED);
        assertThat(refusal(() -> decide(c, CaseStatus.APPROVED, "EVIDENCE_CONSISTENT"))).isEqualTo(ReasonCode.DECISION_NOT_ALLOWED);
        assertThat(refusal(() -> decide(c, CaseStatus.RETRY, "SELFIE_UNCLEAR"))).isEqualTo(ReasonCode.DECISION_NOT_ALLOWED);
        // a failed liveness keeps the case waiting for the customer
        c.applyFaceCheck(face(LivenessResult.Outcome.FAILED, null), T0.plusSeconds(180));
        assertThat(c.toView().status()).isEqualTo(CaseStatus.RETRY);
        assertThat(c.toView().decision().moreInfo()).isNotNull();
        // the selfie taken again: back to a person, even with every check now clean
        c.applyFaceCheck(face(LivenessResult.Outcome.PASSED, MatchOutcome.MATCH), T0.plusSeconds(240));
        c.reassess(POLICY, T0.plusSeconds(240));
        v = c.toView();
        assertThat(v.status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(v.reasons()).doesNotContain(ReasonCode.MORE_INFO_REQUESTED);
        assertThat(v.decision().moreInfo()).isNull();
        assertThat(v.decision().decidedBy()).isNull();
    }

    @Test
    void askingForTheDocumentAgainRefusesTheFaceStepUntilANewDocumentIsRead() {
        VerificationCase c = faceNotMatched();
        decide(c, CaseStatus.RETRY, "DOCUMENT_EXPIRED");
        assertThat(c.toView().decision().moreInfo().step()).isEqualTo(ReopenedStep.DOCUMENT);
        assertThat(refusal(() -> c.recordConsent(new Consent("v1", "vi", 30), T0.plusSeconds(90)))).isEqualTo(ReasonCode.STEP_NOT_REOPENED);
        assertThat(refusal(() -> c.bindLivenessChallenge("nonce-1", T0.plusSeconds(90)))).isEqualTo(ReasonCode.STEP_NOT_REOPENED);
        assertThat(refusal(() -> c.applyFaceCheck(face(LivenessResult.Outcome.PASSED, MatchOutcome.MATCH), T0.plusSeconds(90))))
                .isEqualTo(ReasonCode.STEP_NOT_REOPENED);
        // a blurred photo is a retake: still waiting for the customer
        c.applyDocumentReading(reading(new Finding(ReasonCode.IMAGE_BLURRED, Severity.RETAKE, "")), null, T0.plusSeconds(120));
        assertThat(c.toView().status()).isEqualTo(CaseStatus.RETRY);
        assertThat(c.toView().reasons()).contains(ReasonCode.MORE_INFO_REQUESTED);
        c.applyDocumentReading(reading(), PORTRAIT, T0.plusSeconds(180));
        c.reassess(POLICY, T0.plusSeconds(180));
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(c.toView().reasons()).doesNotContain(ReasonCode.MORE_INFO_REQUESTED);
        // the face step is open again like any other's after the request was answered
        c.recordConsent(new Consent("v1", "vi", 30), T0.plusSeconds(200));
    }

    @Test
    void onlyACaseAPersonIsLookingAtCanBeSentBackToTheCustomer() {
        VerificationCase c = VerificationCase.open(new OpenCaseCommand(
                new Applicant("PHAM", "THI HOA", null, "VNM", LocalDate.of(1996, 8, 9), null, null),
                Product.ACCOUNT, Channel.REST, null, null), T0, RETRY);
        c.reassess(POLICY, T0);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.OPENED);
        assertThat(refusal(() -> decide(c, CaseStatus.RETRY, "DOCUMENT_PHOTO_UNCLEAR"))).isEqualTo(ReasonCode.DECISION_NOT_ALLOWED);
    }

    @Test
    void theStateTableHasTheMovesARequestForMoreUses() {
        assertThat(CaseTransitions.allowed(CaseStatus.REVIEW)).contains(CaseStatus.RETRY);
        assertThat(CaseTransitions.allowed(CaseStatus.RETRY)).contains(CaseStatus.REVIEW);
        assertThat(CaseTransitions.allowed(CaseStatus.OPENED)).contains(CaseStatus.REVIEW);
    }
}
