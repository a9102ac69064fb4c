package org.ekyc.hub.routes.registry;

import org.apache.camel.ProducerTemplate;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdResult;
import org.ekyc.hub.verification.api.peer.resident.ResidentRegistryPort;

/** {@link ResidentRegistryPort} through the {@code resident-registry} route. */
public record CamelResidentRegistry(ProducerTemplate template) implements ResidentRegistryPort {

    @Override
    public ResidentIdResult verify(ResidentIdQuery query) throws PeerException {
        return SoapPeer.answer(template.requestBody(ResidentRegistryRoutes.ROUTE, query), ResidentIdResult.class);
    }
}
