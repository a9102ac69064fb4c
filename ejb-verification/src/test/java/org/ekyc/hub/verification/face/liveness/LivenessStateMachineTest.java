package org.ekyc.hub.verification.face.liveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ekyc.hub.verification.api.face.LivenessAction.BLINK;
import static org.ekyc.hub.verification.api.face.LivenessAction.TURN_LEFT;
import static org.ekyc.hub.verification.api.face.LivenessAction.TURN_RIGHT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.face.LivenessAction;
import org.ekyc.hub.verification.api.face.LivenessChallenge;
import org.junit.jupiter.api.Test;

class LivenessStateMachineTest {

    private static final Instant ISSUED = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant RECEIVED = ISSUED.plusSeconds(8);

    private final LivenessStateMachine machine = new LivenessStateMachine(LivenessPolicy.defaults());
    private final FrameLedger ledger = new InMemoryFrameLedger(10_000);

    private static LivenessChallenge challenge(LivenessAction... actions) {
        return new LivenessChallenge("nonce-0123456789abcdef", List.of(actions), ISSUED, ISSUED.plusSeconds(60));
    }

    private LivenessVerdict run(LivenessChallenge c, List<FrameMeasurement> frames) {
        return machine.evaluate(c, RECEIVED, frames, ledger);
    }

    @Test
    void actionsInTheRightOrderPass() {
        var frames = new SyntheticFrames("a", 1).neutral(3).turnLeft().blink().turnRight().build();
        LivenessVerdict v = run(challenge(TURN_LEFT, BLINK, TURN_RIGHT), frames);
        assertThat(v.reasons()).isEmpty();
        assertThat(v.completed()).isEqualTo(3);
        assertThat(Math.abs(frames.get(v.bestFrame()).yawDegrees())).isLessThan(5);
        assertThat(frames.get(v.bestFrame()).eyeAspectRatio()).isGreaterThan(0.25);
    }

    @Test
    void twoActionChallengeWithNaturalBlinksAroundItPasses() {
        var frames = new SyntheticFrames("b", 1).neutral(2).blink().turnRight().blink().turnLeft().build();
        assertThat(run(challenge(TURN_RIGHT, TURN_LEFT), frames).passed()).isTrue();
    }

    @Test
    void wrongOrderFails() {
        var frames = new SyntheticFrames("c", 1).neutral(3).turnRight().turnLeft().build();
        assertThat(run(challenge(TURN_LEFT, TURN_RIGHT), frames).reasons()).containsExactly(ReasonCode.LIVENESS_ACTION_ORDER);
    }

    @Test
    void missingActionFails() {
        var frames = new SyntheticFrames("d", 1).neutral(3).turnLeft().neutral(3).build();
        LivenessVerdict v = run(challenge(TURN_LEFT, BLINK), frames);
        assertThat(v.reasons()).containsExactly(ReasonCode.LIVENESS_ACTION_MISSING);
        assertThat(v.completed()).isEqualTo(1);
    }

    @Test
    void aSmileIsNotABlinkBecauseEyeAspectRatioIsJudgedAgainstTheOwnBaselineAndTheEyeModel() {
        var frames = new SyntheticFrames("e", 1).neutral(3).smile().turnLeft().build();
        assertThat(run(challenge(BLINK, TURN_LEFT), frames).reasons()).containsExactly(ReasonCode.LIVENESS_ACTION_ORDER);
    }

    @Test
    void aHeadStillTurnedIsNotASecondTurn() {
        var f = new SyntheticFrames("f", 1).neutral(3).frame(25, 0.3, 0.02).frame(28, 0.3, 0.02).frame(15, 0.3, 0.02)
                .frame(27, 0.3, 0.02).neutral(2);
        assertThat(machine.events(f.build())).containsExactly(TURN_LEFT);
    }

    @Test
    void expiredChallengeFails() {
        var frames = new SyntheticFrames("g", 1).neutral(3).turnLeft().turnRight().build();
        LivenessVerdict v = machine.evaluate(challenge(TURN_LEFT, TURN_RIGHT), ISSUED.plusSeconds(60), frames, ledger);
        assertThat(v.reasons()).containsExactly(ReasonCode.LIVENESS_CHALLENGE_EXPIRED);
    }

    @Test
    void replayedFramesFailEvenWithAFreshChallenge() {
        var frames = new SyntheticFrames("h", 1).neutral(3).turnLeft().turnRight().build();
        assertThat(run(challenge(TURN_LEFT, TURN_RIGHT), frames).passed()).isTrue();
        LivenessChallenge fresh = new LivenessChallenge("nonce-fedcba9876543210", List.of(TURN_LEFT, TURN_RIGHT),
                ISSUED, ISSUED.plusSeconds(60));
        assertThat(run(fresh, frames).reasons()).containsExactly(ReasonCode.LIVENESS_FRAME_REPLAYED);
    }

    @Test
    void aFrameRepeatedWithinTheSequenceIsAReplay() {
        List<FrameMeasurement> frames = new ArrayList<>(new SyntheticFrames("i", 1).neutral(3).turnLeft().turnRight().build());
        FrameMeasurement copy = frames.get(2);
        frames.set(3, new FrameMeasurement(frames.get(3).capturedAtMillis(), copy.frameHash(), 1, copy.yawDegrees(),
                copy.eyeAspectRatio(), copy.eyeClosedProb(), copy.liveScore(), copy.embedding()));
        assertThat(run(challenge(TURN_LEFT, TURN_RIGHT), frames).reasons()).containsExactly(ReasonCode.LIVENESS_FRAME_REPLAYED);
    }

    /** {@code base} moved towards a random direction until its cosine to {@code base} is {@code cosine}. */
    private static float[] towards(float[] base, double cosine, long seed) {
        float[] away = SyntheticFrames.unit(new Random(seed), base.length);
        double k = Math.sqrt(1 / (cosine * cosine) - 1);
        float[] v = new float[base.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (base[i] + k * away[i]);
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    @Test
    void turnedFramesAreComparedWithAnOpenEyedFrameNotWithTheMostFrontalBlink() {
        // as measured on real faces: a closed-eye frame and a turned frame are each close enough to the
        // open frontal face, but not to each other
        SyntheticFrames f = new SyntheticFrames("k", 1);
        float[] turned = towards(f.person(), 0.62, 41);
        float[] closed = towards(f.person(), 0.62, 42);
        f.frame(1.5, SyntheticFrames.OPEN_EAR, 0.02).frame(-1.5, SyntheticFrames.OPEN_EAR, 0.02)
                .frame(12, SyntheticFrames.OPEN_EAR, 0.02, turned).frame(26, 0.30, 0.03, turned).frame(31, 0.29, 0.03, turned)
                .frame(14, SyntheticFrames.OPEN_EAR, 0.02, turned).frame(2, SyntheticFrames.OPEN_EAR, 0.02)
                .frame(2.5, 0.20, 0.4).frame(0, 0.09, 0.95, closed).frame(0.4, 0.12, 0.9, closed)
                .frame(1.6, SyntheticFrames.OPEN_EAR, 0.02);
        List<FrameMeasurement> frames = f.build();
        LivenessVerdict v = run(challenge(TURN_LEFT, BLINK), frames);
        assertThat(v.reasons()).isEmpty();
        assertThat(frames.get(v.bestFrame()).eyeAspectRatio()).isEqualTo(SyntheticFrames.OPEN_EAR);
    }

    @Test
    void faceSwappedMidSequenceFails() {
        SyntheticFrames f = new SyntheticFrames("j", 1).neutral(3).turnLeft();
        float[] someoneElse = SyntheticFrames.unit(new Random(99), 512);
        f.frame(0, 0.32, 0.02, someoneElse).frame(-25, 0.3, 0.02, someoneElse).frame(0, 0.32, 0.02, someoneElse);
        assertThat(run(challenge(TURN_LEFT, TURN_RIGHT), f.build()).reasons()).containsExactly(ReasonCode.LIVENESS_FACE_CHANGED);
    }

    @Test
    void tooFewOrTooManyFramesFail() {
        var few = new SyntheticFrames("k", 1).neutral(4).build();
        assertThat(run(challenge(TURN_LEFT, BLINK), few).reasons()).containsExactly(ReasonCode.LIVENESS_FRAME_COUNT);
        var many = new SyntheticFrames("l", 1).neutral(41).build();
        assertThat(run(challenge(TURN_LEFT, BLINK), many).reasons()).containsExactly(ReasonCode.LIVENESS_FRAME_COUNT);
    }

    @Test
    void framesOutOfTimeOrderFail() {
        List<FrameMeasurement> frames = new ArrayList<>(new SyntheticFrames("m", 1).neutral(3).turnLeft().turnRight().build());
        FrameMeasurement f = frames.get(4);
        frames.set(4, new FrameMeasurement(frames.get(2).capturedAtMillis(), f.frameHash(), 1, f.yawDegrees(),
                f.eyeAspectRatio(), f.eyeClosedProb(), f.liveScore(), f.embedding()));
        assertThat(run(challenge(TURN_LEFT, TURN_RIGHT), frames).reasons()).containsExactly(ReasonCode.LIVENESS_FRAME_TIMING);
    }

    @Test
    void aFrameWithoutAUsableFaceFailsWithThatFramesReason() {
        List<FrameMeasurement> frames = new ArrayList<>(new SyntheticFrames("n", 1).neutral(3).turnLeft().turnRight().build());
        frames.set(5, FrameMeasurement.unusable(frames.get(5).capturedAtMillis(), "n-x", 0, ReasonCode.FACE_NOT_FOUND));
        assertThat(run(challenge(TURN_LEFT, TURN_RIGHT), frames).reasons()).containsExactly(ReasonCode.FACE_NOT_FOUND);
        frames.set(5, FrameMeasurement.unusable(frames.get(5).capturedAtMillis(), "n-y", 2, ReasonCode.FACE_MULTIPLE));
        assertThat(machine.evaluate(challenge(TURN_LEFT, TURN_RIGHT), RECEIVED, frames, new InMemoryFrameLedger(100))
                .reasons()).containsExactly(ReasonCode.FACE_MULTIPLE);
        frames.set(5, FrameMeasurement.unusable(frames.get(5).capturedAtMillis(), "n-z", 1, ReasonCode.FACE_TOO_SMALL));
        assertThat(machine.evaluate(challenge(TURN_LEFT, TURN_RIGHT), RECEIVED, frames, new InMemoryFrameLedger(100))
                .reasons()).containsExactly(ReasonCode.FACE_TOO_SMALL);
    }

    @Test
    void aFrameIsEitherUsableWithAnEmbeddingOrCarriesItsReason() {
        assertThatThrownBy(() -> new FrameMeasurement(0, "h", 1, 0, 0.3, 0, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrameMeasurement(0, "h", 2, 0, 0.3, 0, 1, new float[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrameMeasurement.unusable(0, "h", 0, null)).isInstanceOf(NullPointerException.class);
    }
}
