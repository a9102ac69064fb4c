package org.ekyc.hub.routes.channel.rest;

/**
 * JSON body of {@code POST /api/v1/cases/{id}/decision}: a reviewer approves, rejects or asks the customer for more.
 *
 * @param decision        APPROVED, REJECTED or MORE_INFO (the step the reason names is re-opened)
 * @param reviewer        the reviewer's employee id
 * @param note            why (kept encrypted on the case)
 * @param attestedMethods no longer accepted: a method counts only from recorded evidence (400 CLAIMS_NOT_ACCEPTED)
 * @param completedTasks  no longer accepted: a task counts only from recorded evidence (400 CLAIMS_NOT_ACCEPTED)
 * @param reasonCode      #19: the reason from GET /api/v1/review/decision-reasons for this outcome (the customer sees it);
 *                        required for REJECTED and MORE_INFO
 */
public record DecisionRequest(String decision, String reviewer, String note, Object attestedMethods, Object completedTasks,
                              String reasonCode) {

    /** A request without a listed reason (before #19). */
    public DecisionRequest(String decision, String reviewer, String note, Object attestedMethods, Object completedTasks) {
        this(decision, reviewer, note, attestedMethods, completedTasks, null);
    }
}
