package org.ekyc.hub.routes.peer.resident;

import org.ekyc.hub.routes.peer.SoapPeer;
import org.apache.camel.ProducerTemplate;
import org.ekyc.hub.verification.api.registry.PeerUnavailableException;
import org.ekyc.hub.verification.api.registry.ResidentIdQuery;
import org.ekyc.hub.verification.api.registry.ResidentIdResult;
import org.ekyc.hub.verification.api.registry.ResidentRegistryPort;

/** {@link ResidentRegistryPort} through the {@code resident-registry} route. */
public record CamelResidentRegistry(ProducerTemplate template) implements ResidentRegistryPort {

    @Override
    public ResidentIdResult verify(ResidentIdQuery query) throws PeerUnavailableException {
        return SoapPeer.answer(template.requestBody(ResidentRegistryRoutes.ROUTE, query), ResidentIdResult.class);
    }
}
