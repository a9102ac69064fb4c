package org.ekyc.hub.verification.api;

import java.util.List;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.face.MatchOutcome;

/**
 * What a face check of a case found: liveness, the match against the document portrait (null when
 * liveness did not pass), the live template to keep (encrypted, purged after the retention period)
 * and the reason codes. Carries no image.
 *
 * <p>#19 With the evidence the reviewer weighs it by: the thresholds the face engine applied to the match
 * ({@link org.ekyc.hub.verification.api.face.FaceMatchResult#matchThreshold()}, {@code reviewThreshold()}; null when
 * no match was made) and the passive anti-spoof's fused P(live) of the liveness check
 * ({@link LivenessResult#spoofScore()}; null when it was not measured). A NaN is recorded as null.
 */
public record FaceCheck(LivenessResult.Outcome liveness, MatchOutcome match, Double similarity,
                        FaceTemplate liveTemplate, List<ReasonCode> reasons, Double matchThreshold, Double reviewThreshold,
                        Double livenessScore) {

    public FaceCheck {
        if (liveness == null) {
            throw new IllegalArgumentException("liveness outcome required");
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        matchThreshold = measured(matchThreshold);
        reviewThreshold = measured(reviewThreshold);
        livenessScore = measured(livenessScore);
    }

    /** A check without the thresholds and the liveness score (recorded as unknown). */
    public FaceCheck(LivenessResult.Outcome liveness, MatchOutcome match, Double similarity, FaceTemplate liveTemplate,
                     List<ReasonCode> reasons) {
        this(liveness, match, similarity, liveTemplate, reasons, null, null, null);
    }

    private static Double measured(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }
}
