package org.ekyc.hub.verification.api.risk;

import java.nio.charset.StandardCharsets;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.FieldRules;

/**
 * A reviewer's decision on a case. What it rests on is what the hub recorded (checks, and the evidence
 * of {@link org.ekyc.hub.verification.api.review.ReviewStep}), never a claim made with the decision.
 *
 * @param outcome  {@link CaseStatus#APPROVED}, {@link CaseStatus#REJECTED}, or {@link CaseStatus#RETRY} to ask the
 *                 customer for more (MORE_INFO: the step its reason names is re-opened, the case waits for the customer)
 * @param reviewer who decides (an employee id; kept on the case and in the audit trail)
 * @param reasonCode #19: the reason from the list the customer is shown (DecisionReason); required to reject or to
 *                 ask for more, optional to approve
 * @param note     why, free text for the file (personal data: stored encrypted), may be null; several lines
 *                 allowed, no other control characters, at most {@value #MAX_NOTE_BYTES} bytes in UTF-8 (what
 *                 its sealed column holds)
 */
public record Decision(CaseStatus outcome, String reviewer, String note, String reasonCode) {

    /** The longest reviewer name a decision may carry (the column that records who decided). */
    public static final int MAX_REVIEWER = 64;
    /** The longest note, in UTF-8 bytes: sealed with AES-GCM and Base64, it fills the 4000-character column. */
    public static final int MAX_NOTE_BYTES = 2900;

    /** A decision without a listed reason (the channels from before #19). */
    public Decision(CaseStatus outcome, String reviewer, String note) {
        this(outcome, reviewer, note, null);
    }

    /** The outcome's name in the reasons' list: MORE_INFO for {@link CaseStatus#RETRY}. */
    public String outcomeName() {
        return outcome == CaseStatus.RETRY ? org.ekyc.hub.verification.api.review.DecisionReason.MORE_INFO
                : outcome == null ? null : outcome.name();
    }

    public Decision {
        if (reviewer != null && !reviewer.isBlank()) {
            FieldRules.freeText(reviewer, "reviewer", MAX_REVIEWER);
        }
        if (note != null) {
            FieldRules.foldedText(note, "note", Integer.MAX_VALUE);
            FieldRules.maxBytes(note, StandardCharsets.UTF_8, MAX_NOTE_BYTES, "note");
        }
    }
}
