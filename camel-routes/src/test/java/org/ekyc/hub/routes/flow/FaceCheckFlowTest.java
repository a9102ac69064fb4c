package org.ekyc.hub.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.List;
import org.ekyc.hub.verification.api.CaseLifecycle;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.face.FaceService;
import org.ekyc.hub.verification.api.face.FaceStep;
import org.junit.jupiter.api.Test;

/** The face check's own checks of the frames, before the engine sees them. */
class FaceCheckFlowTest {

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, List<String> calls) {
        return (T) Proxy.newProxyInstance(FaceCheckFlowTest.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            calls.add(m.getName());
            return null;
        });
    }

    @Test
    void aFrameCapturedBeforeTheRecordingStartedIsMalformedNotAServerError() {
        List<String> calls = new java.util.ArrayList<>();
        FaceCheckFlow flow = new FaceCheckFlow(stub(CaseLifecycle.class, calls), stub(FaceStep.class, calls),
                stub(FaceService.class, calls));
        FaceCheckFlow.Selfie selfie = new FaceCheckFlow.Selfie("0123456789abcdef0123",
                List.of(new FaceCheckFlow.Frame("AAAA", 0L), new FaceCheckFlow.Frame("AAAA", -5L)));
        assertThatThrownBy(() -> flow.check("case-1", selfie)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.reason()).isEqualTo(ReasonCode.MALFORMED_REQUEST);
            assertThat(e.field()).isEqualTo("frames[].capturedAt");
        });
        assertThat(calls).doesNotContain("verifyLiveness");
    }

    // #19 the face check records the evidence it was judged by

    private static final org.ekyc.hub.verification.api.face.FaceTemplate PORTRAIT =
            new org.ekyc.hub.verification.api.face.FaceTemplate("test-model", new float[] {0.6f, 0.8f});
    private static final org.ekyc.hub.verification.api.face.FaceTemplate LIVE =
            new org.ekyc.hub.verification.api.face.FaceTemplate("test-model", new float[] {0.6f, 0.79f});

    /** The flow with an engine that answers {@code liveness} and {@code match}, and a step that keeps what it records. */
    private static FaceCheckFlow flow(org.ekyc.hub.verification.api.face.LivenessResult liveness,
                                      org.ekyc.hub.verification.api.face.FaceMatchResult match,
                                      List<org.ekyc.hub.verification.api.FaceCheck> recorded) {
        List<String> calls = new java.util.ArrayList<>();
        FaceStep step = (FaceStep) Proxy.newProxyInstance(FaceCheckFlowTest.class.getClassLoader(), new Class<?>[] {FaceStep.class},
                (p, m, a) -> switch (m.getName()) {
                    case "checkFaceCheckAllowed" -> PORTRAIT;
                    case "recordFaceCheck" -> {
                        recorded.add((org.ekyc.hub.verification.api.FaceCheck) a[1]);
                        yield null;
                    }
                    default -> null;
                });
        FaceService faces = (FaceService) Proxy.newProxyInstance(FaceCheckFlowTest.class.getClassLoader(),
                new Class<?>[] {FaceService.class}, (p, m, a) -> switch (m.getName()) {
                    case "verifyLiveness" -> liveness;
                    case "match" -> match;
                    default -> null;
                });
        return new FaceCheckFlow(stub(CaseLifecycle.class, calls), step, faces);
    }

    private static FaceCheckFlow.Selfie selfie() {
        return new FaceCheckFlow.Selfie("0123456789abcdef0123", List.of(new FaceCheckFlow.Frame("AAAA", 0L),
                new FaceCheckFlow.Frame("AAAA", 150L)));
    }

    @Test
    void theThresholdsTheEngineAppliedAndTheLivenessScoreItMeasuredAreRecorded() throws Exception {
        var liveness = new org.ekyc.hub.verification.api.face.LivenessResult(
                org.ekyc.hub.verification.api.face.LivenessResult.Outcome.PASSED, List.of(), 0.913, 1, LIVE);
        var match = new org.ekyc.hub.verification.api.face.FaceMatchResult(
                org.ekyc.hub.verification.api.face.MatchOutcome.REVIEW, 0.47, List.of(ReasonCode.FACE_MATCH_REVIEW), LIVE, 0.55, 0.40);
        List<org.ekyc.hub.verification.api.FaceCheck> recorded = new java.util.ArrayList<>();
        flow(liveness, match, recorded).check("case-1", selfie());
        assertThat(recorded).singleElement().satisfies(c -> {
            assertThat(c.match()).isEqualTo(org.ekyc.hub.verification.api.face.MatchOutcome.REVIEW);
            assertThat(c.similarity()).isEqualTo(0.47);
            assertThat(c.matchThreshold()).isEqualTo(match.matchThreshold());
            assertThat(c.reviewThreshold()).isEqualTo(match.reviewThreshold());
            assertThat(c.livenessScore()).isEqualTo(liveness.spoofScore());
        });
    }

    @Test
    void aSpoofRefusedIsRecordedWithItsScoreAndWithoutAMatchOrThreshold() throws Exception {
        var liveness = new org.ekyc.hub.verification.api.face.LivenessResult(
                org.ekyc.hub.verification.api.face.LivenessResult.Outcome.FAILED, List.of(ReasonCode.SPOOF_SUSPECTED), 0.12, 1, null);
        List<org.ekyc.hub.verification.api.FaceCheck> recorded = new java.util.ArrayList<>();
        flow(liveness, null, recorded).check("case-1", selfie());
        assertThat(recorded).singleElement().satisfies(c -> {
            assertThat(c.match()).isNull();
            assertThat(c.matchThreshold()).isNull();
            assertThat(c.livenessScore()).isEqualTo(0.12);
        });
    }
}
