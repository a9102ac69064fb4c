package org.ekyc.hub.verification.api.peer;

import jakarta.ejb.Local;
import java.util.List;
import org.ekyc.hub.verification.api.CaseNotFoundException;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;

/**
 * The checks the engine makes with peers (immigration registry, resident registry, tax authority,
 * telecom identity, credit bureau), the same way for each: build what to ask, record the answer, or
 * record that there was none; checks without an answer wait PENDING and are asked again by the
 * background retry. Every read and write of personal data is audited.
 */
@Local
public interface PeerChecks {

    /**
     * What to send the peer for this question, built from the case (audited when personal data leaves
     * the store for the peer).
     *
     * @throws InvalidRequestException when the case does not allow the check (e.g. CASE_ALREADY_DECIDED: nothing
     *                                 is asked for an approved or rejected case, RESIDENT_CHECK_NOT_APPLICABLE,
     *                                 CREDIT_CHECK_NOT_APPLICABLE, CREDIT_CONSENT_REQUIRED,
     *                                 PHONE_VERIFICATION_NOT_STARTED) or lacks what the peer needs (FIELD_REQUIRED)
     * @throws CaseNotFoundException   when there is no such case
     */
    <Q> Q ask(PeerQuestion<Q> question);

    /**
     * Records a peer's answer and reassesses the case where the answer bears on its decision: e.g. a stay
     * that is not valid, a card that does not match or a phone the carrier does not confirm sends the case
     * to review. An immigration answer that is no answer (registry unavailable, or it refused the hub's
     * credentials) leaves that check PENDING with its reason, to be asked again.
     *
     * @throws InvalidRequestException CASE_ALREADY_DECIDED on an approved or rejected case (a late answer
     *                                 changes nothing); RESIDENT_CHECK_NOT_APPLICABLE for a resident registry
     *                                 answer on a case whose document is not a resident ID card or driver's licence
     */
    CaseView record(String caseId, PeerAnswer answer);

    /**
     * The peer gave no usable answer to {@code query} (resident registry, tax authority, credit bureau):
     * the check is recorded PENDING with the peer's UNAVAILABLE reason, what is needed to ask again is kept
     * on the case (sealed), and the check is due again after a back-off that grows with each failed try.
     * Nothing else on the case changes. Refused (CASE_ALREADY_DECIDED) on a decided case.
     */
    CaseView recordNoAnswer(PeerQuery query);

    /**
     * The hub could not build the peer's request for {@code query} from the case's values ({@code why}
     * names the field, never its value): the case's error, not the peer's. The check leaves the retry
     * rotation, the case goes to REVIEW with PEER_REQUEST_INVALID, audited with the peer's name; nothing
     * counts against the peer. The phone check, which has no pending state, is named by a
     * {@link org.ekyc.hub.verification.api.peer.telecom.PhoneOwnerQuery}. Refused (CASE_ALREADY_DECIDED) on a
     * decided case.
     */
    CaseView recordRequestInvalid(PeerQuery query, String why);

    /**
     * Checks of one kind (by their query type: ImmigrationQuery, ResidentIdQuery, TaxQuery,
     * PendingCreditEnquiry) that are PENDING and due for another try, most overdue first, at most
     * {@code max}, each with what to ask again. Taking a check leases it, so two hub nodes do not ask for
     * the same case and a node that stops between asking and recording loses nothing. A check already
     * answered is never returned, nor one of a decided case (it leaves the retry rotation); an account
     * opening is taken for the approved case that ordered it. Holds personal data; every read is audited.
     */
    <Q extends PeerQuery> List<Q> takeDue(Class<Q> queryType, int max);

    /** The last credit summary recorded on the case, null when none. Audited read of credit information. */
    CreditSummary creditSummary(String caseId);
}
