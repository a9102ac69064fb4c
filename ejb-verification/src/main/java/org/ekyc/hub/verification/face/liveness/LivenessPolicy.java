package org.ekyc.hub.verification.face.liveness;

/**
 * Thresholds of the active liveness check.
 *
 * @param minFrames       fewest frames accepted
 * @param maxFrames       most frames accepted
 * @param turnDegrees     yaw at or beyond which a head turn is seen
 * @param neutralDegrees  yaw within which the head counts as facing the camera again
 * @param blinkDropRatio  eyes are closed when EAR falls below this fraction of the person's open-eye baseline and the eye model agrees
 * @param blinkDeepRatio  eyes are closed when EAR falls below this fraction whatever the eye model says
 * @param eyeClosedProb   eye-model probability at or above which it says "closed"
 * @param sameFaceMin     lowest similarity (the embedder's measure) between any frame and the reference frame for the same person
 */
public record LivenessPolicy(int minFrames, int maxFrames, double turnDegrees, double neutralDegrees,
                             double blinkDropRatio, double blinkDeepRatio, double eyeClosedProb, double sameFaceMin) {

    public LivenessPolicy {
        if (minFrames < 2 || maxFrames < minFrames) {
            throw new IllegalArgumentException("bad frame limits");
        }
        if (!(neutralDegrees > 0 && neutralDegrees < turnDegrees && turnDegrees < 90)) {
            throw new IllegalArgumentException("need 0 < neutral < turn < 90 degrees");
        }
        if (!(blinkDeepRatio > 0 && blinkDeepRatio <= blinkDropRatio && blinkDropRatio < 1)) {
            throw new IllegalArgumentException("need 0 < deep <= drop < 1");
        }
        if (eyeClosedProb <= 0 || eyeClosedProb > 1 || sameFaceMin < -1 || sameFaceMin > 1) {
            throw new IllegalArgumentException("bad probability thresholds");
        }
    }

    /**
     * 5–40 frames; a turn is ≥ 20° of yaw and ends below 10°; a blink is EAR below 60 % of the person's own
     * open-eye baseline with the eye model saying closed, or below 45 % alone (a smile alone gives EAR 0.16–0.22
     * against a 0.38 median, hence relative thresholds); every frame within similarity 0.40 of the reference frame:
     * cosine 0.40 with fr_feature, Euclidean distance 0.60 — dlib's own same-person rule — with dlib.
     */
    public static LivenessPolicy defaults() {
        return new LivenessPolicy(5, 40, 20, 10, 0.60, 0.45, 0.5, 0.40);
    }
}
