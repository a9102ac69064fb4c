package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ekyc.hub.verification.api.Applicant;
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
import org.junit.jupiter.api.Test;

/**
 * #19 The case records the evidence its face outcome was judged by — the match thresholds the engine applied and the
 * liveness check's P(live) — and shows it in its view; never an image.
 */
class FaceEvidenceTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));
    private static final FaceTemplate PORTRAIT = new FaceTemplate("test-model", new float[] {0.6f, 0.8f});
    private static final QualityMetrics QUALITY = new QualityMetrics(1600, 1200, 500, 200, 0, 1, true);

    private static VerificationCase readyForTheFace() {
        VerificationCase c = VerificationCase.open(new OpenCaseCommand(
                new Applicant("SANTOS", "MARIA CLARA", null, "PHL", LocalDate.of(1990, 5, 17), null, null),
                Product.ACCOUNT, Channel.REST, null, null), T0, RETRY);
        c.recordConsent(new Consent("v1", "en", 30), T0);
        c.bindLivenessChallenge("nonce-1", T0);
        document(c);
        return c;
    }

    private static void document(VerificationCase c) {
        c.applyDocumentReading(new DocumentReading(DocumentType.PASSPORT_TD3, List.of(), QUALITY, List.of(), null), PORTRAIT, T0);
    }

    @Test
    void theThresholdsAppliedAndTheLivenessScoreAreRecordedWithTheOutcome() {
        VerificationCase c = readyForTheFace();
        c.applyFaceCheck(new FaceCheck(LivenessResult.Outcome.PASSED, MatchOutcome.REVIEW, 0.47,
                new FaceTemplate("test-model", new float[] {0.6f, 0.79f}), List.of(ReasonCode.FACE_MATCH_REVIEW), 0.55, 0.40, 0.93), T0);
        CaseView.FaceView face = c.toView().face();
        assertThat(face.match()).isEqualTo("REVIEW");
        assertThat(face.similarity()).isEqualTo(0.47);
        assertThat(face.matchThreshold()).isEqualTo(0.55);
        assertThat(face.reviewThreshold()).isEqualTo(0.40);
        assertThat(face.livenessScore()).isEqualTo(0.93);
    }

    @Test
    void aLivenessFailedBeforeItsScoreWasMeasuredRecordsNoScoreAndNoThreshold() {
        VerificationCase c = readyForTheFace();
        c.applyFaceCheck(new FaceCheck(LivenessResult.Outcome.FAILED, null, null, null,
                List.of(ReasonCode.LIVENESS_ACTION_MISSING), null, null, Double.NaN), T0);
        CaseView.FaceView face = c.toView().face();
        assertThat(face.liveness()).isEqualTo("FAILED");
        assertThat(face.livenessScore()).as("NaN (not measured) is recorded as unknown").isNull();
        assertThat(face.matchThreshold()).isNull();
        assertThat(face.reviewThreshold()).isNull();
    }

    @Test
    void aSpoofRefusedKeepsTheScoreItWasRefusedBy() {
        VerificationCase c = readyForTheFace();
        c.applyFaceCheck(new FaceCheck(LivenessResult.Outcome.FAILED, null, null, null,
                List.of(ReasonCode.SPOOF_SUSPECTED), null, null, 0.12), T0);
        assertThat(c.toView().face().livenessScore()).isEqualTo(0.12);
    }

    @Test
    void aNewDocumentForgetsTheEvidenceWithTheMatch() {
        VerificationCase c = readyForTheFace();
        c.applyFaceCheck(new FaceCheck(LivenessResult.Outcome.PASSED, MatchOutcome.REVIEW, 0.47,
                new FaceTemplate("test-model", new float[] {0.6f, 0.79f}), List.of(ReasonCode.FACE_MATCH_REVIEW), 0.55, 0.40, 0.93), T0);
        document(c);
        CaseView.FaceView face = c.toView().face();
        assertThat(face.match()).isNull();
        assertThat(face.matchThreshold()).isNull();
        assertThat(face.reviewThreshold()).isNull();
        assertThat(face.livenessScore()).isNull();
    }
}
