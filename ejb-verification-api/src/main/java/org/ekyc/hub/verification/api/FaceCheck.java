package org.ekyc.hub.verification.api;

import java.util.List;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.face.MatchOutcome;

/**
 * What a face check of a case found: liveness, the match against the document portrait (null when
 * liveness did not pass), the live template to keep (encrypted, purged after the retention period)
 * and the reason codes. Carries no image.
 */
public record FaceCheck(LivenessResult.Outcome liveness, MatchOutcome match, Double similarity,
                        FaceTemplate liveTemplate, List<ReasonCode> reasons) {

    public FaceCheck {
        if (liveness == null) {
            throw new IllegalArgumentException("liveness outcome required");
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
