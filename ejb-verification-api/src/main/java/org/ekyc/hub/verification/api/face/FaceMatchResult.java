package org.ekyc.hub.verification.api.face;

import java.util.List;
import java.util.Objects;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * Outcome of comparing the document portrait with the live face.
 *
 * @param outcome       MATCH, REVIEW or NO_MATCH
 * @param similarity    cosine similarity of the two embeddings in [-1, 1]; NaN when no face could be compared
 * @param reasons       reason codes (empty for a clean MATCH); retake reasons when an image was unusable
 * @param liveTemplate  the live face's embedding for the case store to encrypt; empty when none; never an image
 * @param matchThreshold  #19 the similarity at or above which the engine's policy called it MATCH, as applied to this
 *                        comparison (evidence for the reviewer); NaN when no policy judged it
 * @param reviewThreshold #19 the similarity at or above which (and below {@code matchThreshold}) it went to a person;
 *                        below is NO_MATCH; NaN when no policy judged it
 */
public record FaceMatchResult(MatchOutcome outcome, double similarity, List<ReasonCode> reasons, FaceTemplate liveTemplate,
                              double matchThreshold, double reviewThreshold) {

    public FaceMatchResult {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        if (outcome != MatchOutcome.MATCH && reasons.isEmpty()) {
            throw new IllegalArgumentException(outcome + " needs a reason code");
        }
    }

    /** A result no policy's thresholds are known for (NaN thresholds). */
    public FaceMatchResult(MatchOutcome outcome, double similarity, List<ReasonCode> reasons, FaceTemplate liveTemplate) {
        this(outcome, similarity, reasons, liveTemplate, Double.NaN, Double.NaN);
    }
}
