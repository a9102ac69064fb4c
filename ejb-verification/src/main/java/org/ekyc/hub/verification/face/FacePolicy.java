package org.ekyc.hub.verification.face;

/**
 * Thresholds of the face check, for one embedding model. {@link #calibrated(EmbeddingModel)} holds the values
 * chosen on {@code ../shared/testdata/faces} (see docs/face-engine.md for how):
 *
 * @param model            the embedding model whose similarity the match thresholds are in
 * @param matchThreshold   similarity at or above which the faces MATCH (cosine for fr_feature, 1 − distance for dlib)
 * @param reviewThreshold  similarity at or above which (and below match) a person reviews; below is NO_MATCH
 * @param minFaceScale     smallest accepted face size, as the scale of the face's 5 landmarks relative to the
 *                         ArcFace 112 alignment template ({@link FaceAnalyzer#templateScale}); 1.0 means the
 *                         landmarks span the template itself (eyes ≈ 35 px apart) and alignment never enlarges the face;
 *                         the selfie's and every liveness frame's limit
 * @param minPortraitScale the same limit for the face on a document portrait, which is small by nature (an ID-1
 *                         card's portrait photographed by a phone spans 150–250 px); a portrait below it is a
 *                         document retake (DOCUMENT_PORTRAIT_UNUSABLE), never a selfie one
 * @param multipleFaceArea a second face at least this fraction of the largest face's area makes the image ambiguous
 * @param maxYawDegrees    larger head yaw than this is an extreme pose for matching
 * @param spoofReject      fused P(live) below this is refused as a spoof
 * @param spoofReview      fused P(live) below this (and at or above reject) goes to review
 */
public record FacePolicy(EmbeddingModel model, double matchThreshold, double reviewThreshold, double minFaceScale, double minPortraitScale,
                         double multipleFaceArea, double maxYawDegrees, double spoofReject, double spoofReview) {

    /**
     * dlib: MATCH at similarity ≥ 0.58, i.e. Euclidean distance ≤ 0.42. On the tuning split (26 genuine, 624
     * impostor pairs) the closest impostor is at 0.529 (distance 0.471) and the farthest genuine pair at 0.668
     * (distance 0.332): 0.58 keeps 0.05 above every impostor, as fr_feature's 0.55 does, and 0.09 below every
     * genuine pair — a narrower gap than fr_feature's (0.29), which is why dlib is only the fallback.
     */
    public static final double DLIB_MATCH = 0.58;
    /** dlib: REVIEW at similarity ≥ 0.40, distance ≤ 0.60 — dlib's own same-person rule; 15/624 tuning impostors land there. */
    public static final double DLIB_REVIEW = 0.40;

    /**
     * The document portrait's smallest face: 0.7 × the alignment template (eyes ≈ 25 px apart). ID-card-like
     * portraits (150 × 200 px crops, soft, low contrast, JPEG) measure 0.83–1.11 and, scored, matched their
     * owners at 0.66–0.92 with no impostor passing; the size table of docs/face-engine.md keeps a median cosine
     * of 0.92 to the full-size face at 0.70 and falls away below it, so 0.7 takes such crops with one step of
     * margin and refuses what the embedding cannot hold.
     */
    public static final double PORTRAIT_MIN_SCALE = 0.7;

    public FacePolicy {
        java.util.Objects.requireNonNull(model, "model");
        if (!(reviewThreshold <= matchThreshold) || matchThreshold > 1 || reviewThreshold < -1) {
            throw new IllegalArgumentException("need -1 <= review <= match <= 1");
        }
        if (!(spoofReject <= spoofReview) || spoofReject < 0 || spoofReview > 1) {
            throw new IllegalArgumentException("need 0 <= spoofReject <= spoofReview <= 1");
        }
        if (!(minFaceScale > 0) || minFaceScale > 8 || !(minPortraitScale > 0) || minPortraitScale > 8 || multipleFaceArea <= 0 || multipleFaceArea > 1 || maxYawDegrees <= 0) {
            throw new IllegalArgumentException("bad face limits");
        }
    }

    /**
     * Match ≥ 0.55: above every impostor of the tuning split (max 0.528 of 588 pairs) with margin; review
     * from 0.40, where the tuning split has 3/588 impostors. Spoof: both attack samples fuse below 0.30,
     * the lowest live tuning image fuses at 0.417, so 0.30–0.60 goes to a person. Face size: at least the
     * alignment template (scale 1.0, eyes ≈ 35 px apart); tuning faces shrunk to 0.85 of it still embed at a
     * median cosine of 0.94 to their full-size selves, below 0.7 the embedding degrades (docs/face-engine.md).
     * Document portrait: at least {@link #PORTRAIT_MIN_SCALE} of the template.
     */
    public static FacePolicy calibrated() {
        return calibrated(EmbeddingModel.FR_FEATURE);
    }

    /**
     * The thresholds calibrated for {@code model}. dlib (similarity = 1 − Euclidean distance): see
     * {@link #DLIB_MATCH}; every other limit is the same as fr_feature's, since it does not depend on the embedder.
     */
    public static FacePolicy calibrated(EmbeddingModel model) {
        return switch (model) {
            case FR_FEATURE -> new FacePolicy(model, 0.55, 0.40, 1.0, PORTRAIT_MIN_SCALE, 0.25, 30, 0.30, 0.60);
            case DLIB -> new FacePolicy(model, DLIB_MATCH, DLIB_REVIEW, 1.0, PORTRAIT_MIN_SCALE, 0.25, 30, 0.30, 0.60);
        };
    }
}
