package org.ekyc.hub.routes.peer.resident;

import org.ekyc.hub.adapter.resident.ResidentIdMapper;
import org.ekyc.hub.adapter.resident.wsdl.ResidentIdPort;
import org.ekyc.hub.adapter.resident.wsdl.VerifyResidentIdResponse;
import org.ekyc.hub.routes.peer.SoapPeer;
import org.ekyc.hub.routes.peer.SoapPeerPort;
import org.ekyc.hub.routes.peer.SoapPeerRoutes;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;

/**
 * Resident registry (행정안전부 주민등록증 진위확인) over SOAP, behind the {@code ResidentRegistryPort}
 * ({@link SoapPeerPort}): the address from {@code kyc.resident.url}, its own timeouts and circuit breaker
 * ({@code kyc.resident.circuit-*}), WS-Security as for every government peer ({@link SoapPeerRoutes});
 * {@code VerifyResidentId} mapped by {@link ResidentIdMapper}.
 */
public class ResidentRegistryRoutes extends SoapPeerRoutes {

    public static final String ROUTE = "direct:resident-registry";
    public static final SoapPeer PEER = new SoapPeer("resident", "resident-registry-circuit");

    public ResidentRegistryRoutes() {
        super(PEER, ROUTE, "resident-registry", ResidentIdPort.class, "wsdl/resident-id-authenticity.wsdl",
                "VerifyResidentId", "resident registry check: ",
                e -> ResidentIdMapper.toRequest(e.getMessage().getBody(ResidentIdQuery.class)),
                e -> ResidentIdMapper.fromResponse(e.getMessage().getBody(VerifyResidentIdResponse.class)));
    }
}
