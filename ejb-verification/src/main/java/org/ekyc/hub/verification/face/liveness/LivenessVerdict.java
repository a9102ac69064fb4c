package org.ekyc.hub.verification.face.liveness;

import java.util.List;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * What the active check concluded: no reasons means every rule held.
 *
 * @param reasons     failed rules, in the order they were checked
 * @param bestFrame   the most frontal open-eye frame (for matching), or -1
 * @param completed   how many of the challenge's actions were seen in order
 */
public record LivenessVerdict(List<ReasonCode> reasons, int bestFrame, int completed) {

    public LivenessVerdict {
        reasons = List.copyOf(reasons);
    }

    public boolean passed() {
        return reasons.isEmpty();
    }
}
