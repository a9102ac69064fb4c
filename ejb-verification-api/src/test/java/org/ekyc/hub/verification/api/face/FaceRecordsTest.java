package org.ekyc.hub.verification.api.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.ekyc.hub.verification.api.ReasonCode;
import org.junit.jupiter.api.Test;

class FaceRecordsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void templateBytesRoundTripAndTheTemplateCannotBeChangedFromOutside() {
        float[] v = {0.6f, -0.8f, 0f};
        FaceTemplate t = new FaceTemplate("m", v);
        v[0] = 9;
        t.vector()[1] = 9;
        assertThat(t.vector()).containsExactly(0.6f, -0.8f, 0f);
        assertThat(t.toBytes()).hasSize(12);
        assertThat(FaceTemplate.fromBytes("m", t.toBytes())).isEqualTo(t);
        assertThatThrownBy(() -> FaceTemplate.fromBytes("m", new byte[5])).isInstanceOf(IllegalArgumentException.class);
        assertThat(t.toString()).doesNotContain("0.6");
    }

    @Test
    void aChallengeHasTwoOrThreeActionsALongNonceAndAnExpiryAfterIssue() {
        List<LivenessAction> two = List.of(LivenessAction.BLINK, LivenessAction.TURN_LEFT);
        LivenessChallenge c = new LivenessChallenge("0123456789abcdef", two, NOW, NOW.plusSeconds(60));
        assertThat(c.expiredAt(NOW.plusSeconds(59))).isFalse();
        assertThat(c.expiredAt(NOW.plusSeconds(60))).isTrue();
        assertThatThrownBy(() -> new LivenessChallenge("short", two, NOW, NOW.plusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LivenessChallenge("0123456789abcdef", List.of(LivenessAction.BLINK), NOW, NOW.plusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LivenessChallenge("0123456789abcdef", two, NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anythingButAMatchCarriesAReason() {
        assertThatThrownBy(() -> new FaceMatchResult(MatchOutcome.NO_MATCH, 0.1, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LivenessResult(LivenessResult.Outcome.FAILED, List.of(), Double.NaN, -1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new FaceMatchResult(MatchOutcome.REVIEW, 0.45, List.of(ReasonCode.FACE_MATCH_REVIEW), null).reasons())
                .containsExactly(ReasonCode.FACE_MATCH_REVIEW);
    }

    @Test
    void framesAreNotEmptyAndNotFromBeforeTheRecording() {
        assertThatThrownBy(() -> new LiveFrame(new byte[0], 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LiveFrame(new byte[1], -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
