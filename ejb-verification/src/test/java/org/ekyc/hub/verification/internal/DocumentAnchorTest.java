package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
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
import org.junit.jupiter.api.Test;

/** The document is the face check's anchor: its portrait's template is the only reference, kept until the match. */
class DocumentAnchorTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));
    private static final FaceTemplate PORTRAIT = new FaceTemplate("test-model", new float[] {0.6f, 0.8f});
    private static final QualityMetrics QUALITY = new QualityMetrics(1600, 1200, 500, 200, 0, 1, true);

    private static VerificationCase openWithChallenge() {
        VerificationCase c = VerificationCase.open(new OpenCaseCommand(
                new Applicant("SANTOS", "MARIA CLARA", null, "PHL", LocalDate.of(1990, 5, 17), null, null),
                Product.ACCOUNT, Channel.REST, null, null), T0, RETRY);
        c.recordConsent(new Consent("v1", "en", 30), T0);
        c.bindLivenessChallenge("nonce-1", T0);
        return c;
    }

    private static void document(VerificationCase c, Severity worst, FaceTemplate portrait, Instant at) {
        List<Finding> findings = worst == null ? List.of() : List.of(new Finding(switch (worst) {
            case RETAKE -> ReasonCode.IMAGE_BLURRED;
            case REVIEW -> ReasonCode.DOCUMENT_PORTRAIT_MISPLACED;
            case REJECT -> ReasonCode.DOCUMENT_EXPIRED;
        }, worst, "test"));
        c.applyDocumentReading(new DocumentReading(DocumentType.PASSPORT_TD3, List.of(), QUALITY, findings, null), portrait, at);
    }

    private static ReasonCode refusal(VerificationCase c) {
        return catchThrowableOfType(InvalidRequestException.class, () -> c.checkFaceCheckAllowed("nonce-1")).reason();
    }

    private static FaceCheck matched() {
        return new FaceCheck(LivenessResult.Outcome.PASSED, MatchOutcome.MATCH, 0.71,
                new FaceTemplate("test-model", new float[] {0.6f, 0.79f}), List.of());
    }

    @Test
    void aFaceCheckBeforeAnAcceptedDocumentWithAPortraitIsRefused() {
        VerificationCase c = openWithChallenge();
        assertThat(refusal(c)).isEqualTo(ReasonCode.DOCUMENT_REQUIRED);
        // accepted but its portrait's face could not be used; to retake; rejected
        for (Severity worst : new Severity[] {null, Severity.RETAKE, Severity.REJECT}) {
            document(c, worst, worst == null ? null : PORTRAIT, T0);
            assertThat(refusal(c)).as("document %s", worst).isEqualTo(ReasonCode.DOCUMENT_REQUIRED);
        }
    }

    @Test
    void anAcceptedOrReviewedDocumentsPortraitIsTheReference() {
        VerificationCase c = openWithChallenge();
        document(c, null, PORTRAIT, T0);
        assertThat(c.checkFaceCheckAllowed("nonce-1")).isEqualTo(PORTRAIT);
        document(c, Severity.REVIEW, PORTRAIT, T0);
        assertThat(c.checkFaceCheckAllowed("nonce-1")).isEqualTo(PORTRAIT);
        // a later document to retake replaces it: there is no accepted document any more
        document(c, Severity.RETAKE, null, T0);
        assertThat(refusal(c)).isEqualTo(ReasonCode.DOCUMENT_REQUIRED);
    }

    @Test
    void thePortraitTemplateIsErasedOnceTheFaceMatchedIt() {
        VerificationCase c = openWithChallenge();
        document(c, null, PORTRAIT, T0);
        c.applyFaceCheck(matched(), T0);
        assertThat(c.toView().face().match()).isEqualTo("MATCH");
        assertThat(c.document.hasPortrait()).isFalse();
    }

    @Test
    void aFailedLivenessKeepsThePortraitForTheRetry() {
        VerificationCase c = openWithChallenge();
        document(c, null, PORTRAIT, T0);
        c.applyFaceCheck(new FaceCheck(LivenessResult.Outcome.FAILED, null, null, null,
                List.of(ReasonCode.LIVENESS_ACTION_MISSING)), T0);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.RETRY);
        c.bindLivenessChallenge("nonce-1", T0);
        assertThat(c.checkFaceCheckAllowed("nonce-1")).isEqualTo(PORTRAIT);
    }

    @Test
    void aNewDocumentForgetsTheFaceMatchedAgainstTheEarlierOne() {
        VerificationCase c = openWithChallenge();
        document(c, null, PORTRAIT, T0);
        c.applyFaceCheck(matched(), T0);
        document(c, null, new FaceTemplate("test-model", new float[] {0.8f, -0.6f}), T0.plusSeconds(60));
        assertThat(c.toView().face().match()).isNull();
        assertThat(c.toView().face().liveness()).isNull();
        assertThat(c.toView().reasons()).noneMatch(r -> r.name().startsWith("FACE_"));
    }

    @Test
    void anUnusedPortraitTemplateIsPurgedAfterThirtyDays() {
        VerificationCase c = openWithChallenge();
        document(c, null, PORTRAIT, T0);
        assertThat(c.purgeFaceTemplate(T0.plus(Duration.ofDays(29)))).isFalse();
        assertThat(c.purgeFaceTemplate(T0.plus(Duration.ofDays(30)))).isTrue();
        c.bindLivenessChallenge("nonce-1", T0);
        assertThat(refusal(c)).isEqualTo(ReasonCode.DOCUMENT_REQUIRED);
    }
}
