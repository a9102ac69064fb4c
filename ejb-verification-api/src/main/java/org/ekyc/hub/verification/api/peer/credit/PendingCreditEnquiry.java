package org.ekyc.hub.verification.api.peer.credit;

import org.ekyc.hub.verification.api.peer.PeerQuery;
import org.ekyc.hub.verification.api.peer.Peer;

/**
 * A credit check of a case left PENDING because the bureau was not available, taken to be asked
 * again by the background retry. Built by the engine from the case (name and registration number are
 * on the case, sealed; the consent given with the original request stands: a credit check is only
 * PENDING after a consented enquiry). Holds personal data.
 *
 * @param caseId  the case
 * @param request the enquiry, as the caller's request built it
 */
public record PendingCreditEnquiry(String caseId, CreditSummaryRequest request) implements PeerQuery {

    @Override
    public Peer peer() {
        return Peer.CREDIT_BUREAU;
    }

    public PendingCreditEnquiry {
        if (caseId == null || request == null) {
            throw new IllegalArgumentException("caseId and request are required");
        }
    }
}
