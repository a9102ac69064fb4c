package org.ekyc.hub.verification.risk;

import org.ekyc.hub.verification.api.risk.RiskTier;
import org.ekyc.hub.verification.api.risk.EnhancedTask;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The decided tier with its reasons, the tasks it adds, the non-face-to-face check and the
 * country-risk table version it was decided with (for the audit trail).
 */
public record RiskAssessment(RiskTier tier, List<String> reasons, Set<EnhancedTask> tasks,
                             NonFaceToFacePolicy.Result nonFaceToFace, String countryTableVersion) {

    public RiskAssessment {
        Objects.requireNonNull(tier, "tier");
        reasons = List.copyOf(reasons);
        tasks = Set.copyOf(tasks);
        Objects.requireNonNull(nonFaceToFace, "nonFaceToFace");
        Objects.requireNonNull(countryTableVersion, "countryTableVersion");
        if ((tier == RiskTier.ENHANCED) != !tasks.isEmpty()) {
            throw new IllegalArgumentException("ENHANCED and only ENHANCED carries tasks");
        }
    }
}
