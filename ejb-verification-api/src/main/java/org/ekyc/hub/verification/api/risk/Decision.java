package org.ekyc.hub.verification.api.risk;

import java.util.Set;
import org.ekyc.hub.verification.api.CaseStatus;

/**
 * A reviewer's decision on a case.
 *
 * @param outcome          {@link CaseStatus#APPROVED} or {@link CaseStatus#REJECTED}
 * @param reviewer         who decides (an employee id; kept on the case and in the audit trail)
 * @param note             why, free text for the file (personal data: stored encrypted), may be null
 * @param attestedMethods  non-face-to-face methods the reviewer completed outside the hub (e.g. a
 *                         {@link VerificationMethod#VIDEO_CALL}); counted with those the hub verified
 * @param completedTasks   enhanced-due-diligence tasks the reviewer completed
 */
public record Decision(CaseStatus outcome, String reviewer, String note, Set<VerificationMethod> attestedMethods,
                       Set<EnhancedTask> completedTasks) {

    public Decision {
        attestedMethods = attestedMethods == null ? Set.of() : Set.copyOf(attestedMethods);
        completedTasks = completedTasks == null ? Set.of() : Set.copyOf(completedTasks);
    }
}
