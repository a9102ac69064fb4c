package org.ekyc.hub.routes.peer;

import org.apache.camel.ProducerTemplate;
import org.ekyc.hub.verification.api.registry.PeerUnavailableException;

/**
 * The engine-facing ports implemented over a government SOAP peer's route ({@link SoapPeerRoutes}): the
 * query goes to the route, whose answer is the typed result or the typed error, which is thrown. Each
 * peer's routes class makes its port from this ({@code ResidentRegistryRoutes.port}, {@code TaxAuthorityRoutes.port}).
 */
public final class SoapPeerPort {

    private SoapPeerPort() {
    }

    /** Asks the peer through its {@code route}: the typed result, or the typed error thrown. */
    public static <T> T ask(ProducerTemplate template, String route, Object query, Class<T> type)
            throws PeerUnavailableException {
        Object body = template.requestBody(route, query);
        if (body instanceof PeerUnavailableException e) {
            throw e;
        }
        return type.cast(body);
    }
}
