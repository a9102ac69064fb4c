package org.ekyc.hub.routes.peer.resident;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.ekyc.hub.adapter.resident.ResidentIdMapper;
import org.ekyc.hub.adapter.resident.wsdl.ResidentIdPort;
import org.ekyc.hub.adapter.resident.wsdl.VerifyResidentIdResponse;
import org.ekyc.hub.routes.peer.SoapPeer;
import org.ekyc.hub.routes.peer.SoapPeerPort;
import org.ekyc.hub.routes.peer.SoapPeerRoutes;
import org.ekyc.hub.verification.api.registry.PeerUnavailableException;
import org.ekyc.hub.verification.api.registry.ResidentIdQuery;
import org.ekyc.hub.verification.api.registry.ResidentRegistryPort;
import org.ekyc.hub.verification.api.registry.ResidentIdResult;

/**
 * Resident registry (행정안전부 주민등록증 진위확인) over SOAP, behind {@link #port}: the
 * address from {@code kyc.resident.url}, its own timeouts and circuit breaker ({@code kyc.resident.circuit-*}),
 * WS-Security as for every government peer ({@link SoapPeerRoutes}); {@code VerifyResidentId} mapped by
 * {@link ResidentIdMapper}.
 */
public class ResidentRegistryRoutes extends SoapPeerRoutes {

    public static final String ROUTE = "direct:resident-registry";
    public static final SoapPeer PEER = new SoapPeer("resident", "resident-registry-circuit");

    public ResidentRegistryRoutes() {
        super(PEER, ROUTE, "resident-registry", ResidentIdPort.class, "wsdl/resident-id-authenticity.wsdl",
                "VerifyResidentId", "resident registry check: ");
    }

    /** {@link ResidentRegistryPort} through the {@code resident-registry} route. */
    public static ResidentRegistryPort port(ProducerTemplate template) {
        return query -> SoapPeerPort.ask(template, ROUTE, query, ResidentIdResult.class);
    }

    @Override
    protected Object toRequest(Exchange e) {
        return ResidentIdMapper.toRequest(e.getMessage().getBody(ResidentIdQuery.class));
    }

    @Override
    protected Object fromResponse(Exchange e) throws PeerUnavailableException {
        return ResidentIdMapper.fromResponse(e.getMessage().getBody(VerifyResidentIdResponse.class));
    }
}
