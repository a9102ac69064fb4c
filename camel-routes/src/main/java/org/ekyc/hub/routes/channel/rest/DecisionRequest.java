package org.ekyc.hub.routes.channel.rest;

import java.util.List;

/**
 * JSON body of {@code POST /api/v1/cases/{id}/decision}: a reviewer approves or rejects.
 *
 * @param decision        APPROVED or REJECTED
 * @param reviewer        the reviewer's employee id
 * @param note            why (kept encrypted on the case)
 * @param attestedMethods non-face-to-face methods done outside the hub: VIDEO_CALL, ACCESS_MEDIUM_DELIVERY, EXISTING_ACCOUNT…
 * @param completedTasks  enhanced-due-diligence tasks done: VIDEO_INTERVIEW, SOURCE_OF_FUNDS
 */
public record DecisionRequest(String decision, String reviewer, String note, List<String> attestedMethods,
                              List<String> completedTasks) {
}
