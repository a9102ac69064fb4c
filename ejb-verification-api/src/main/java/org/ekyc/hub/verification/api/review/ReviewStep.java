package org.ekyc.hub.verification.api.review;

import jakarta.ejb.Local;
import org.ekyc.hub.verification.api.CaseView;

/**
 * The evidence a reviewer records on a case before deciding it. A verification method or an
 * enhanced-due-diligence task counts only when the hub holds its evidence: a CONFIRMED video interview
 * is the FSC video call and the enhanced interview; recorded source-of-funds evidence completes that task.
 * Every record is audited with the reviewer as the actor; recording evidence voids an approval still
 * waiting for its second reviewer (it approved other evidence).
 */
@Local
public interface ReviewStep {

    /**
     * Records a video interview (a later one replaces an earlier one).
     *
     * @throws org.ekyc.hub.verification.api.InvalidRequestException FIELD_REQUIRED or EVIDENCE_INVALID naming
     *         the field; CASE_ALREADY_DECIDED on an approved or rejected case
     * @throws org.ekyc.hub.verification.api.CaseNotFoundException when there is no such case
     */
    CaseView recordVideoInterview(String caseId, VideoInterview interview);

    /**
     * Records source-of-funds evidence (a later record replaces an earlier one).
     *
     * @throws org.ekyc.hub.verification.api.InvalidRequestException FIELD_REQUIRED or EVIDENCE_INVALID naming
     *         the field; CASE_ALREADY_DECIDED on an approved or rejected case
     * @throws org.ekyc.hub.verification.api.CaseNotFoundException when there is no such case
     */
    CaseView recordSourceOfFunds(String caseId, SourceOfFunds evidence);

    /**
     * The caller (a reviewer, recorded as the authenticated principal) marks one screening match of the case as MATCH
     * or NO_MATCH (a later mark replaces an earlier one); audited MATCH_DISPOSED with the reviewer as the actor. It
     * changes the evidence: a first approval waiting for its second reviewer no longer stands.
     *
     * @param note the reviewer's private note, may be null (kept encrypted)
     * @throws org.ekyc.hub.verification.api.InvalidRequestException FIELD_REQUIRED (disposition), MATCH_NOT_FOUND,
     *         CASE_CLAIMED (another reviewer holds the case), CASE_ALREADY_DECIDED
     * @throws org.ekyc.hub.verification.api.CaseNotFoundException when there is no such case
     */
    ReviewCase.MatchView disposeMatch(String caseId, String matchId, MatchDisposition disposition, String note);
}
