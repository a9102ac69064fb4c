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
}
