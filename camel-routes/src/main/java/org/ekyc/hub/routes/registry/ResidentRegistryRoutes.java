package org.ekyc.hub.routes.registry;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.ekyc.hub.adapter.resident.ResidentIdMapper;
import org.ekyc.hub.adapter.resident.wsdl.ResidentIdPort;
import org.ekyc.hub.adapter.resident.wsdl.VerifyResidentIdResponse;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;

/**
 * Resident registry (행정안전부 주민등록증 진위확인) over SOAP, behind {@link CamelResidentRegistry}: the
 * address from {@code kyc.resident.url}, its own timeouts and Resilience4j circuit breaker
 * ({@code kyc.resident.circuit-*}), WS-Security as for the immigration registry. The route answers
 * with the canonical result or, for an unreachable, refusing or garbled peer, with the typed error
 * (PeerException) as the body — never an exception to the channel.
 */
public class ResidentRegistryRoutes extends RouteBuilder {

    public static final String ROUTE = "direct:resident-registry";
    public static final SoapPeer PEER = new SoapPeer("resident", "resident-registry-circuit");

    @Override
    public void configure() {
        CxfEndpoint registry = PEER.endpoint(getCamelContext(), ResidentIdPort.class,
                "wsdl/resident-id-authenticity.wsdl", "VerifyResidentId");

        from(ROUTE).routeId("resident-registry")
                // body: ResidentIdQuery; the caller's headers must not reach the peer
                .removeHeaders("*")
                .process(e -> e.getMessage().setBody(ResidentIdMapper.toRequest(e.getMessage().getBody(ResidentIdQuery.class))))
                .setHeader("operationName", constant("VerifyResidentId"))
                .circuitBreaker().id(PEER.circuitId()).resilience4jConfiguration(PEER.circuit(getCamelContext()))
                    // with a WS-Security header (RegistryClientConfigurer)
                    .to(registry)
                    // the mapper checks the answer; one outside the contract is a failure like an outage
                    .process(e -> e.getMessage().setBody(ResidentIdMapper.fromResponse(
                            e.getMessage().getBody(VerifyResidentIdResponse.class))))
                .onFallback()
                    .process(e -> e.getMessage().setBody(PEER.failure(e)))
                .end()
                .log("resident registry check: ${body}")
                .removeHeaders("*");
    }
}
