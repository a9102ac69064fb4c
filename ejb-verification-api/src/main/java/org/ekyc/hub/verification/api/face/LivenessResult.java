package org.ekyc.hub.verification.api.face;

import java.util.List;
import java.util.Objects;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * Outcome of an active liveness check with passive anti-spoofing.
 *
 * @param outcome      PASSED, REVIEW (passive score uncertain) or FAILED
 * @param reasons      reason codes; empty only when PASSED
 * @param spoofScore   fused probability that the frames show a live face, in [0, 1]; NaN when not measured
 * @param bestFrame    index of the frontal frame best suited for face matching, or -1
 * @param template     embedding of the best frame, for matching against the document portrait; null when none
 */
public record LivenessResult(Outcome outcome, List<ReasonCode> reasons, double spoofScore, int bestFrame, FaceTemplate template) {

    public enum Outcome { PASSED, REVIEW, FAILED }

    public LivenessResult {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        if (outcome != Outcome.PASSED && reasons.isEmpty()) {
            throw new IllegalArgumentException(outcome + " needs a reason code");
        }
    }
}
