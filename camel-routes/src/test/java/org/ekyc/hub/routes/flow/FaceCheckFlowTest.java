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
}
