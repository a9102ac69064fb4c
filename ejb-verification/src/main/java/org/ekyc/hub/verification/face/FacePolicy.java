package org.ekyc.hub.verification.face;

/**
 * Thresholds of the face check. {@link #calibrated()} holds the values chosen on
 * {@code ../shared/testdata/faces} (see docs/face-engine.md for how):
 *
 * @param matchThreshold   cosine at or above which the faces MATCH
 * @param reviewThreshold  cosine at or above which (and below match) a person reviews; below is NO_MATCH
 * @param minFaceScale     smallest accepted face size, as the scale of the face's 5 landmarks relative to the
 *                         ArcFace 112 alignment template ({@link FaceAnalyzer#templateScale}); 1.0 means the
 *                         landmarks span the template itself (eyes ≈ 35 px apart) and alignment never enlarges the face
 * @param multipleFaceArea a second face at least this fraction of the largest face's area makes the image ambiguous
 * @param maxYawDegrees    larger head yaw than this is an extreme pose for matching
 * @param spoofReject      fused P(live) below this is refused as a spoof
 * @param spoofReview      fused P(live) below this (and at or above reject) goes to review
 */
public record FacePolicy(double matchThreshold, double reviewThreshold, double minFaceScale, double multipleFaceArea,
                         double maxYawDegrees, double spoofReject, double spoofReview) {

    public FacePolicy {
        if (!(reviewThreshold <= matchThreshold) || matchThreshold > 1 || reviewThreshold < -1) {
            throw new IllegalArgumentException("need -1 <= review <= match <= 1");
        }
        if (!(spoofReject <= spoofReview) || spoofReject < 0 || spoofReview > 1) {
            throw new IllegalArgumentException("need 0 <= spoofReject <= spoofReview <= 1");
        }
        if (!(minFaceScale > 0) || minFaceScale > 8 || multipleFaceArea <= 0 || multipleFaceArea > 1 || maxYawDegrees <= 0) {
            throw new IllegalArgumentException("bad face limits");
        }
    }

    /**
     * Match ≥ 0.55: above every impostor of the tuning split (max 0.528 of 588 pairs) with margin; review
     * from 0.40, where the tuning split has 3/588 impostors. Spoof: both attack samples fuse below 0.30,
     * the lowest live tuning image fuses at 0.417, so 0.30–0.60 goes to a person. Face size: at least the
     * alignment template (scale 1.0, eyes ≈ 35 px apart); tuning faces shrunk to 0.85 of it still embed at a
     * median cosine of 0.94 to their full-size selves, below 0.7 the embedding degrades (docs/face-engine.md).
     */
    public static FacePolicy calibrated() {
        return new FacePolicy(0.55, 0.40, 1.0, 0.25, 30, 0.30, 0.60);
    }
}
