package org.ekyc.hub.verification.face.liveness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.time.Instant;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.face.LivenessAction;
import org.ekyc.hub.verification.api.face.LivenessChallenge;
import org.ekyc.hub.verification.face.EmbeddingModel;

/**
 * The active liveness rules over per-frame measurements, free of models and images so it can be
 * driven by synthetic landmark sequences. Checked in this order, stopping at the first rule that fails:
 * <ol>
 *   <li>the challenge has not expired when the frames arrive;</li>
 *   <li>no frame was ever submitted before (the ledger, which records every frame that gets this far),
 *       nor twice in this sequence;</li>
 *   <li>between {@code minFrames} and {@code maxFrames} frames;</li>
 *   <li>capture times strictly increase and span no more than the challenge's lifetime;</li>
 *   <li>exactly one face, large enough, in every frame (else the frame's own reason: FACE_NOT_FOUND,
 *       FACE_MULTIPLE or FACE_TOO_SMALL);</li>
 *   <li>the same face in every frame: cosine to the most frontal frame ≥ {@code sameFaceMin};</li>
 *   <li>the challenge's actions are seen in order. Head turns are onsets of yaw beyond
 *       {@code turnDegrees} (a new turn in the same direction needs the head back within
 *       {@code neutralDegrees}); a blink is a run of closed-eye frames followed by an open one, judged
 *       against the person's own open-eye EAR baseline. A turn that is neither the expected action nor
 *       a repeat of the last completed one is a wrong order; a blink that is not expected is ignored
 *       (people blink).</li>
 * </ol>
 */
public final class LivenessStateMachine {

    private enum Pose { NEUTRAL, LEFT, RIGHT }

    private final LivenessPolicy policy;
    private final EmbeddingModel embedder;

    /** With fr_feature embeddings (cosine). */
    public LivenessStateMachine(LivenessPolicy policy) {
        this(policy, EmbeddingModel.FR_FEATURE);
    }

    /** Frames' embeddings compared in {@code embedder}'s similarity. */
    public LivenessStateMachine(LivenessPolicy policy, EmbeddingModel embedder) {
        this.policy = policy;
        this.embedder = embedder;
    }

    public LivenessVerdict evaluate(LivenessChallenge challenge, Instant receivedAt, List<FrameMeasurement> frames,
                                    FrameLedger ledger) {
        if (challenge.expiredAt(receivedAt)) {
            return fail(ReasonCode.LIVENESS_CHALLENGE_EXPIRED);
        }
        if (replayed(frames, ledger)) {
            return fail(ReasonCode.LIVENESS_FRAME_REPLAYED);
        }
        if (frames.size() < policy.minFrames() || frames.size() > policy.maxFrames()) {
            return fail(ReasonCode.LIVENESS_FRAME_COUNT);
        }
        if (!timingHolds(challenge, frames)) {
            return fail(ReasonCode.LIVENESS_FRAME_TIMING);
        }
        for (FrameMeasurement f : frames) {
            if (!f.usable()) {
                return fail(f.problem());
            }
        }
        // the reference is the most frontal frame with open eyes: a closed-eye frame is no picture of the
        // person to compare turned frames with (genuine turned frames fall below the same-face rule against it)
        int best = mostFrontal(frames, true);
        for (FrameMeasurement f : frames) {
            if (embedder.similarity(f.embedding(), frames.get(best).embedding()) < policy.sameFaceMin()) {
                return fail(ReasonCode.LIVENESS_FACE_CHANGED);
            }
        }
        List<LivenessAction> events = events(frames);
        List<LivenessAction> expected = challenge.actions();
        int done = 0;
        for (LivenessAction e : events) {
            if (done == expected.size()) {
                break;
            }
            if (e == expected.get(done)) {
                done++;
            } else if (e != LivenessAction.BLINK && (done == 0 || e != expected.get(done - 1))) {
                return new LivenessVerdict(List.of(ReasonCode.LIVENESS_ACTION_ORDER), best, done);
            }
        }
        if (done < expected.size()) {
            return new LivenessVerdict(List.of(ReasonCode.LIVENESS_ACTION_MISSING), best, done);
        }
        return new LivenessVerdict(List.of(), best, done);
    }

    /** The action events in time order, as the rules above define them. */
    List<LivenessAction> events(List<FrameMeasurement> frames) {
        double baseline = openEyeBaseline(frames);
        List<LivenessAction> events = new ArrayList<>();
        Pose pose = Pose.NEUTRAL;
        boolean closedRun = false;
        for (FrameMeasurement f : frames) {
            double yaw = f.yawDegrees();
            if (yaw >= policy.turnDegrees() && pose != Pose.LEFT) {
                events.add(LivenessAction.TURN_LEFT);
                pose = Pose.LEFT;
            } else if (yaw <= -policy.turnDegrees() && pose != Pose.RIGHT) {
                events.add(LivenessAction.TURN_RIGHT);
                pose = Pose.RIGHT;
            } else if (Math.abs(yaw) < policy.neutralDegrees()) {
                pose = Pose.NEUTRAL;
            }
            if (Math.abs(yaw) >= policy.turnDegrees()) {
                closedRun = false;
                continue;
            }
            boolean closed = closed(f, baseline);
            if (closed) {
                closedRun = true;
            } else if (closedRun) {
                events.add(LivenessAction.BLINK);
                closedRun = false;
            }
        }
        return events;
    }

    private boolean closed(FrameMeasurement f, double baseline) {
        double ratio = f.eyeAspectRatio() / baseline;
        return ratio < policy.blinkDeepRatio()
                || (ratio < policy.blinkDropRatio() && f.eyeClosedProb() >= policy.eyeClosedProb());
    }

    /** The person's open-eye EAR: the 75th percentile over frames facing the camera (all frames if none do). */
    static double openEyeBaseline(List<FrameMeasurement> frames) {
        double[] ears = frames.stream().filter(f -> Math.abs(f.yawDegrees()) < 20)
                .mapToDouble(FrameMeasurement::eyeAspectRatio).filter(Double::isFinite).sorted().toArray();
        if (ears.length == 0) {
            ears = frames.stream().mapToDouble(FrameMeasurement::eyeAspectRatio).filter(Double::isFinite).sorted().toArray();
        }
        if (ears.length == 0) {
            return Double.NaN;
        }
        return ears[Math.min(ears.length - 1, (int) Math.floor(0.75 * ears.length))];
    }

    private int mostFrontal(List<FrameMeasurement> frames, boolean eyesOpen) {
        double baseline = openEyeBaseline(frames);
        int best = -1;
        for (int i = 0; i < frames.size(); i++) {
            FrameMeasurement f = frames.get(i);
            if (eyesOpen && closed(f, baseline)) {
                continue;
            }
            if (best < 0 || Math.abs(f.yawDegrees()) < Math.abs(frames.get(best).yawDegrees())) {
                best = i;
            }
        }
        return best < 0 ? mostFrontal(frames, false) : best;
    }

    private static boolean timingHolds(LivenessChallenge challenge, List<FrameMeasurement> frames) {
        long[] t = frames.stream().mapToLong(FrameMeasurement::capturedAtMillis).toArray();
        for (int i = 1; i < t.length; i++) {
            if (t[i] <= t[i - 1]) {
                return false;
            }
        }
        long lifetime = challenge.expiresAt().toEpochMilli() - challenge.issuedAt().toEpochMilli();
        return t[t.length - 1] - t[0] <= lifetime;
    }

    private static boolean replayed(List<FrameMeasurement> frames, FrameLedger ledger) {
        Set<String> inThisSequence = new HashSet<>();
        boolean replay = false;
        for (FrameMeasurement f : frames) {
            replay |= !inThisSequence.add(f.frameHash());
        }
        // every frame is recorded, replay or not: one call, so a shared store costs one round trip
        return !ledger.record(List.copyOf(inThisSequence)).isEmpty() || replay;
    }

    private static LivenessVerdict fail(ReasonCode reason) {
        return new LivenessVerdict(Arrays.asList(reason), -1, 0);
    }
}
