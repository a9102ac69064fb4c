package org.ekyc.hub.verification.api;

import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import java.time.LocalDate;
import java.util.List;

/**
 * What a channel needs to answer a repeated request: the case's status and check outcomes, and no
 * personal data. Reading it unseals nothing, so it is cheap enough to serve every redelivery of an
 * MQ request (docs/benchmarks.md).
 *
 * @param screened whether sanctions/PEP screening has been recorded (a result or "not available")
 */
public record CaseSummary(String caseId, CaseStatus status, List<ReasonCode> reasons,
                          RegistryCheckOutcome immigrationCheck, LocalDate stayExpiry, boolean screened) {

    public CaseSummary {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** The summary of a full view. */
    public static CaseSummary of(CaseView view) {
        return new CaseSummary(view.caseId(), view.status(), view.reasons(), view.immigrationCheck(), view.stayExpiry(),
                view.screening() != null);
    }

    /**
     * Whether the work a first request starts is done for this case: screening recorded and the
     * immigration check no longer waiting. A repeated request for an unfinished case goes through the
     * open-case flow again, which finishes it.
     */
    public boolean settled() {
        return screened && immigrationCheck != RegistryCheckOutcome.PENDING;
    }
}
