package org.ekyc.hub.verification.api.peer.tax;

import org.ekyc.hub.verification.api.peer.PeerException;

/**
 * The tax authority (국세청) as the engine sees it: income filing status and declared income band for
 * source-of-funds checks and loan products. The implementation (camel-routes, route
 * {@code tax-authority}) calls the peer over SOAP with WS-Security, a timeout and its own circuit breaker.
 */
public interface TaxAuthorityPort {

    /**
     * @throws PeerException the authority gave no usable answer (unreachable, refused our
     *                                  credentials, or an answer outside its contract)
     */
    TaxStatus incomeStatus(TaxQuery query) throws PeerException;
}
