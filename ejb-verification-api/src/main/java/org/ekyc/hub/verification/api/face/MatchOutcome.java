package org.ekyc.hub.verification.api.face;

/** Result band of a face comparison; the thresholds and their false-match rate are in docs/face-engine.md. */
public enum MatchOutcome {
    /** Similarity at or above the match threshold. */
    MATCH,
    /** Similarity in the review band: a person decides. */
    REVIEW,
    /** Similarity below the review band, or no usable face. */
    NO_MATCH
}
