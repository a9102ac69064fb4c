package org.ekyc.hub.verification.api.peer.corebanking;

import jakarta.ejb.Local;
import java.util.List;
import org.ekyc.hub.verification.api.CaseNotFoundException;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.ReasonCode;

/** The account opening of approved ACCOUNT cases at core banking. */
@Local
public interface AccountOpeningStep {

    /**
     * Account-opening orders due: approved ACCOUNT cases whose account opening is PENDING and due,
     * most overdue first, at most {@code max}. Taking an order leases it for longer than a request may
     * take, so a hub that dies between sending and recording loses nothing — the order comes back.
     * Holds personal data; every order read is audited.
     */
    List<AccountOpeningOrder> pendingAccountOpenings(int max);

    /**
     * Records what core banking answered to an account-opening order: OPENED keeps the account number
     * (encrypted) and the opening date; REFUSED keeps the return code and adds reason
     * {@link ReasonCode#ACCOUNT_OPENING_REFUSED}; FAILED (no reply, unreadable reply) leaves the order
     * PENDING, due again after a back-off that grows with each failure. A result for a case whose
     * account is already OPENED or REFUSED changes nothing (a late or repeated reply). Audited.
     *
     * @throws CaseNotFoundException when there is no such case
     */
    CaseView recordAccountOpening(String caseId, AccountOpeningResult result);
}
