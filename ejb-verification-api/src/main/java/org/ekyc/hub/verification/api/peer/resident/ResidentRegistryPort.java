package org.ekyc.hub.verification.api.peer.resident;

import org.ekyc.hub.verification.api.peer.PeerException;

/**
 * The resident registry (행정안전부, 주민등록증 진위확인) as the engine sees it. The implementation
 * (camel-routes, route {@code resident-registry}) calls the peer over SOAP with WS-Security, a
 * timeout and its own circuit breaker.
 */
public interface ResidentRegistryPort {

    /**
     * @throws PeerException the registry gave no usable answer (unreachable, refused our
     *                                  credentials, or an answer outside its contract)
     */
    ResidentIdResult verify(ResidentIdQuery query) throws PeerException;
}
