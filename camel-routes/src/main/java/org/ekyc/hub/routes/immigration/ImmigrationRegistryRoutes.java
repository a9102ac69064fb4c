package org.ekyc.hub.routes.immigration;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.camel.component.resilience4j.ResilienceProcessor;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.ekyc.hub.adapter.immigration.ImmigrationStayStatusMapper;
import org.ekyc.hub.adapter.immigration.wsdl.CheckStayStatusResponse;
import org.ekyc.hub.adapter.immigration.wsdl.StayStatusPort;
import org.ekyc.hub.verification.api.CaseService;
import org.ekyc.hub.verification.api.ImmigrationQuery;
import org.ekyc.hub.verification.api.StayStatus;

/**
 * Immigration registry (법무부 stay status) over SOAP: the address comes from
 * {@code kyc.immigration.url}, so the simulator and the real service differ by configuration only.
 * A registry that cannot be reached, answers with a fault or times out leaves the case's check
 * PENDING (reason REGISTRY_UNAVAILABLE); it never fails the channel's request. A Resilience4j
 * circuit breaker opens after {@code kyc.immigration.circuit-window} calls of which half failed,
 * and the {@code immigration-retry} route asks again for pending cases until the registry answers.
 */
public class ImmigrationRegistryRoutes extends RouteBuilder {

    public static final String CIRCUIT_ID = "immigration-registry";

    @Override
    public void configure() {
        CxfEndpoint registry = getCamelContext().getEndpoint("cxf://{{kyc.immigration.url}}", CxfEndpoint.class);
        registry.setServiceClass(StayStatusPort.class);
        registry.setWsdlURL("wsdl/immigration-stay-status.wsdl");
        registry.setDataFormat(DataFormat.POJO);
        registry.setDefaultOperationName("CheckStayStatus");
        // Stay on the calling thread: the engine call that follows keeps its transaction and MDC.
        registry.setSynchronous(true);
        registry.setBus(getCamelContext().getRegistry().lookupByNameAndType("hubBus", org.apache.cxf.Bus.class));
        long connectTimeout = Long.parseLong(getCamelContext().resolvePropertyPlaceholders("{{kyc.immigration.connect-timeout-ms}}"));
        long receiveTimeout = Long.parseLong(getCamelContext().resolvePropertyPlaceholders("{{kyc.immigration.receive-timeout-ms}}"));
        registry.setCxfConfigurer(new TimeoutConfigurer(connectTimeout, receiveTimeout));
        int retryBatch = Integer.parseInt(getCamelContext().resolvePropertyPlaceholders("{{kyc.immigration.retry-batch}}"));
        int circuitWindow = Integer.parseInt(getCamelContext().resolvePropertyPlaceholders("{{kyc.immigration.circuit-window}}"));
        int circuitOpenSeconds = Integer.parseInt(getCamelContext().resolvePropertyPlaceholders("{{kyc.immigration.circuit-open-seconds}}"));

        // Cases opened while the registry was down (or before a crash) are asked again when due
        // (the engine backs off per case); the circuit breaker keeps a down registry from being hammered.
        from("timer:immigration-retry?delay={{kyc.immigration.retry-interval-ms}}&period={{kyc.immigration.retry-interval-ms}}")
                .routeId("immigration-retry")
                // while the circuit is open nothing is asked (and no case's back-off grows); half-open,
                // one due case probes the registry
                .process(e -> {
                    String circuit = circuitState(e.getContext());
                    int max = circuit.endsWith("OPEN") ? (circuit.equals("HALF_OPEN") ? 1 : 0) : retryBatch;
                    e.getMessage().setBody(max == 0 ? java.util.List.of() : e.getContext().getRegistry()
                            .lookupByNameAndType("caseService", CaseService.class).pendingImmigrationChecks(max));
                })
                .filter(simple("${body.size} > 0"))
                    .log("asking the immigration registry again for ${body.size} pending case(s)")
                    .split(body())
                        .filter(e -> !"OPEN".equals(circuitState(e.getContext())))
                            .doTry()
                                .to("direct:immigration-check")
                            .doCatch(Exception.class)
                                // e.g. the case changed meanwhile: it stays due and is taken next time
                                .log(LoggingLevel.WARN, "pending immigration check not recorded: ${exception.message}")
                            .end()
                        .end()
                    .end()
                .end();

        from("direct:immigration-check").routeId("immigration-check")
                // body: ImmigrationQuery (from open-case through enrich, or from immigration-retry)
                .setProperty("kycCaseId", simple("${body.caseId}"))
                // called through enrich: this is a copy; the channel's headers must not reach the peer
                .removeHeaders("*")
                .process(e -> e.getMessage().setBody(ImmigrationStayStatusMapper.toRequest(
                        e.getMessage().getBody(ImmigrationQuery.class))))
                .setHeader("operationName", constant("CheckStayStatus"))
                .circuitBreaker().id(CIRCUIT_ID)
                    .resilience4jConfiguration()
                        .slidingWindowSize(circuitWindow).minimumNumberOfCalls(circuitWindow)
                        .failureRateThreshold(50f)
                        .waitDurationInOpenState(circuitOpenSeconds)
                        .permittedNumberOfCallsInHalfOpenState(1)
                        // half-open by itself after the wait, so the retry route (which asks nothing
                        // while the circuit is open) gets to probe
                        .automaticTransitionFromOpenToHalfOpenEnabled(true)
                    .end()
                    .to(registry)
                    .process(e -> e.getMessage().setBody(ImmigrationStayStatusMapper.fromResponse(
                            e.getMessage().getBody(CheckStayStatusResponse.class))))
                .onFallback()
                    .log(LoggingLevel.WARN, "immigration registry unavailable (${exception.class.simpleName}): "
                            + "case stays PENDING and is asked again")
                    .process(e -> e.getMessage().setBody(StayStatus.unavailable(
                            e.getProperty(Exchange.EXCEPTION_CAUGHT) == null ? "circuit open"
                                    : e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getClass().getSimpleName())))
                .end()
                .log("immigration check: ${body.outcome}")
                .removeHeaders("*")
                .bean("caseService", "recordStayStatus(${exchangeProperty.kycCaseId}, ${body})");
    }

    /** The registry circuit breaker's state: CLOSED, OPEN, HALF_OPEN, …; UNKNOWN before the first call. */
    public static String circuitState(CamelContext camel) {
        return camel.getProcessor(CIRCUIT_ID) instanceof ResilienceProcessor breaker
                ? breaker.getCircuitBreakerState() : "UNKNOWN";
    }

    /** Connect and receive timeouts on the registry client's HTTP conduit. */
    private record TimeoutConfigurer(long connectMs, long receiveMs)
            implements org.apache.camel.component.cxf.jaxws.CxfConfigurer {

        @Override
        public void configure(AbstractWSDLBasedEndpointFactory factoryBean) {
            // nothing to change on the factory
        }

        @Override
        public void configureClient(Client client) {
            HTTPConduit conduit = (HTTPConduit) client.getConduit();
            HTTPClientPolicy policy = new HTTPClientPolicy();
            policy.setConnectionTimeout(connectMs);
            policy.setReceiveTimeout(receiveMs);
            policy.setAllowChunking(false);
            // HTTP/1.1 as legacy registries speak it; also avoids the h2c upgrade that Java's
            // HttpClient attempts on the first request, which loses the body of a POST.
            policy.setVersion("1.1");
            conduit.setClient(policy);
        }

        @Override
        public void configureServer(org.apache.cxf.endpoint.Server server) {
            // client only
        }
    }
}
