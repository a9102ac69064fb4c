package org.ekyc.hub.verification.api.peer.credit;

import org.ekyc.hub.verification.api.peer.PeerException;

/**
 * The credit bureau's summary enquiry for loan products. An enquiry changes nothing at the bureau,
 * so implementations may retry it with back-off; technical failures are {@link PeerException}s.
 */
public interface CreditBureauPort {

    CreditSummary creditSummary(CreditSummaryRequest request) throws PeerException;
}
