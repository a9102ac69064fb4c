package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningResult;

/** The last sanctions/PEP screening of the applicant. */
@Embeddable
public class ScreeningPart {

    /** HIT / POTENTIAL / CLEAR of the last screening, null before (or when screening was unavailable). */
    @Column(name = "screening_outcome", length = 10)
    private String outcome;

    @Column(name = "screening_list_version", length = 64)
    private String listVersion;

    @Column(name = "screening_score")
    private Double score;

    /** Applies a screening result ({@code null}: screening was not available). */
    CaseStatus apply(ScreeningResult result, Reasons reasons, CaseStatus status) {
        reasons.remove(ReasonCode.SCREENING_UNAVAILABLE);
        if (result == null) {
            reasons.add(ReasonCode.SCREENING_UNAVAILABLE);
            return status;
        }
        outcome = result.outcome().name();
        listVersion = result.listVersion();
        score = result.score();
        switch (result.outcome()) {
            case HIT -> {
                reasons.add(ReasonCode.SANCTIONS_HIT);
                return CaseStatus.REVIEW;
            }
            case POTENTIAL -> {
                reasons.add(ReasonCode.SANCTIONS_POTENTIAL);
                reasons.add(ReasonCode.ENHANCED_DUE_DILIGENCE);
                return CaseStatus.REVIEW;
            }
            default -> {
                return status;
            }
        }
    }

    /** The sanctions factor of the risk assessment: CLEAR until a screening says otherwise. */
    ScreeningOutcome sanctions() {
        return outcome == null ? ScreeningOutcome.CLEAR : ScreeningOutcome.valueOf(outcome);
    }

    boolean clear() {
        return "CLEAR".equals(outcome);
    }

    String outcome() {
        return outcome;
    }
}
