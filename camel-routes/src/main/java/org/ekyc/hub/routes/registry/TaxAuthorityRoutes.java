package org.ekyc.hub.routes.registry;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.ekyc.hub.adapter.tax.IncomeStatusMapper;
import org.ekyc.hub.adapter.tax.wsdl.GetIncomeStatusResponse;
import org.ekyc.hub.adapter.tax.wsdl.IncomeStatusPort;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;

/**
 * Tax authority (국세청 income status) over SOAP, behind {@link CamelTaxAuthority}: the address from
 * {@code kyc.tax.url}, its own timeouts and Resilience4j circuit breaker ({@code kyc.tax.circuit-*}),
 * WS-Security as for the immigration registry. The route answers with the canonical result or, for
 * an unreachable, refusing or garbled peer, with the typed error (PeerException) as the body.
 */
public class TaxAuthorityRoutes extends RouteBuilder {

    public static final String ROUTE = "direct:tax-authority";
    public static final SoapPeer PEER = new SoapPeer("tax", "tax-authority-circuit");

    @Override
    public void configure() {
        CxfEndpoint authority = PEER.endpoint(getCamelContext(), IncomeStatusPort.class,
                "wsdl/tax-income-status.wsdl", "GetIncomeStatus");

        from(ROUTE).routeId("tax-authority")
                // body: TaxQuery; the year is kept to check the answer against
                .removeHeaders("*")
                .setProperty("kycTaxYear", simple("${body.taxYear}"))
                .process(e -> e.getMessage().setBody(IncomeStatusMapper.toRequest(e.getMessage().getBody(TaxQuery.class))))
                .setHeader("operationName", constant("GetIncomeStatus"))
                .circuitBreaker().id(PEER.circuitId()).resilience4jConfiguration(PEER.circuit(getCamelContext()))
                    // with a WS-Security header (RegistryClientConfigurer)
                    .to(authority)
                    // the mapper checks the answer; one outside the contract is a failure like an outage
                    .process(e -> e.getMessage().setBody(IncomeStatusMapper.fromResponse(
                            e.getMessage().getBody(GetIncomeStatusResponse.class),
                            e.getProperty("kycTaxYear", Integer.class))))
                .onFallback()
                    .process(e -> e.getMessage().setBody(PEER.failure(e)))
                .end()
                .log("tax authority check: ${body}")
                .removeHeaders("*");
    }
}
