package org.ekyc.hub.routes.immigration;

import org.ekyc.hub.verification.api.peer.PeerChecks;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.camel.component.resilience4j.ResilienceProcessor;
import org.ekyc.hub.adapter.immigration.ImmigrationStayStatusMapper;
import org.ekyc.hub.adapter.immigration.wsdl.CheckStayStatusResponse;
import org.ekyc.hub.adapter.immigration.wsdl.StayStatusPort;
import org.ekyc.hub.verification.api.peer.immigration.ImmigrationQuery;
import org.jboss.logging.Logger;

/**
 * Immigration registry (법무부 stay status) over SOAP: the address comes from
 * {@code kyc.immigration.url}, so the simulator and the real service differ by configuration only.
 * A registry that cannot be reached, answers with a fault or times out leaves the case's check
 * PENDING (reason REGISTRY_UNAVAILABLE); it never fails the channel's request. A Resilience4j
 * circuit breaker opens after {@code kyc.immigration.circuit-window} calls of which half failed,
 * and the {@code immigration-retry} route asks again for pending cases until the registry answers.
 * Every request carries WS-Security (UsernameToken with PasswordDigest, Nonce, Created, and a
 * Timestamp; {@link RegistryClientConfigurer}). A registry that refuses those credentials is not an
 * outage: the check stays PENDING with reason REGISTRY_ACCESS_REFUSED and calls are suspended but
 * for a rare probe ({@link RegistryAccess}; docs/adr/0007).
 */
public class ImmigrationRegistryRoutes extends RouteBuilder {

    public static final String CIRCUIT_ID = "immigration-registry";
    /** The {@link RegistryAccess} of the running routes, in the Camel registry. */
    public static final String ACCESS_BEAN = "immigrationRegistryAccess";
    private static final Logger LOG = Logger.getLogger(ImmigrationRegistryRoutes.class);

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
        RegistryCredentials credentials = new RegistryCredentials(setting("kyc.immigration.wss.user"),
                setting("kyc.immigration.wss.password"));
        if (credentials.isDevelopmentDefault()) {
            LOG.warnf("immigration registry: WS-Security user '%s' with the development-only default password "
                    + "(matches the simulator); set KYC_IMMIGRATION_WSS_USER / KYC_IMMIGRATION_WSS_PASSWORD for a real registry",
                    credentials.user());
        }
        registry.setCxfConfigurer(new RegistryClientConfigurer(
                Long.parseLong(setting("kyc.immigration.connect-timeout-ms")),
                Long.parseLong(setting("kyc.immigration.receive-timeout-ms")),
                credentials, Integer.parseInt(setting("kyc.immigration.wss.timestamp-ttl-seconds"))));
        RegistryAccess access = new RegistryAccess(credentials.user(),
                Duration.ofSeconds(Long.parseLong(setting("kyc.immigration.refused-probe-seconds"))), Clock.systemUTC());
        getCamelContext().getRegistry().bind(ACCESS_BEAN, RegistryAccess.class, access);
        int retryBatch = Integer.parseInt(setting("kyc.immigration.retry-batch"));
        int circuitWindow = Integer.parseInt(setting("kyc.immigration.circuit-window"));
        int circuitOpenSeconds = Integer.parseInt(setting("kyc.immigration.circuit-open-seconds"));

        // Cases opened while the registry was down (or before a crash) are asked again when due
        // (the engine backs off per case); the circuit breaker keeps a down registry from being hammered.
        from("timer:immigration-retry?delay={{kyc.immigration.retry-interval-ms}}&period={{kyc.immigration.retry-interval-ms}}")
                .routeId("immigration-retry")
                // while the circuit is open nothing is asked (and no case's back-off grows); half-open,
                // one due case probes the registry
                .process(e -> {
                    // credentials refused: nothing until a probe is due, then one case (RetryGate)
                    int max = access.retryBudget(circuitState(e.getContext()), retryBatch);
                    e.getMessage().setBody(max == 0 ? java.util.List.of() : e.getContext().getRegistry()
                            .lookupByNameAndType("peerChecks", PeerChecks.class).takeDue(ImmigrationQuery.class, max));
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
                .choice()
                    // the registry refused our credentials: not asked until the next probe (RegistryAccess)
                    .when(e -> !access.mayCall())
                        .process(e -> e.getMessage().setBody(access.suspended()))
                    .otherwise()
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
                            // the request leaves with a WS-Security header (RegistryClientConfigurer)
                            .to(registry)
                            .process(e -> access.accepted())
                            .process(e -> e.getMessage().setBody(ImmigrationStayStatusMapper.fromResponse(
                                    e.getMessage().getBody(CheckStayStatusResponse.class))))
                        .onFallback()
                            // an outage (retried with back-off) or refused credentials (calls suspended)
                            .process(e -> e.getMessage().setBody(access.failed(
                                    e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class))))
                        .end()
                .end()
                .log("immigration check: ${body.outcome}")
                .removeHeaders("*")
                .bean("peerChecks", "record(${exchangeProperty.kycCaseId}, ${body})");
    }

    /** For readiness: the circuit breaker's state, or that the registry refuses the hub's credentials. */
    public static String registryStatus(CamelContext camel) {
        RegistryAccess access = camel.getRegistry().lookupByNameAndType(ACCESS_BEAN, RegistryAccess.class);
        return (access == null ? java.util.Optional.<String>empty() : access.refusedStatus())
                .orElseGet(() -> "circuit " + circuitState(camel));
    }

    /** The registry circuit breaker's state: CLOSED, OPEN, HALF_OPEN, …; UNKNOWN before the first call. */
    public static String circuitState(CamelContext camel) {
        return camel.getProcessor(CIRCUIT_ID) instanceof ResilienceProcessor breaker
                ? breaker.getCircuitBreakerState() : "UNKNOWN";
    }

    private String setting(String key) {
        return getCamelContext().resolvePropertyPlaceholders("{{" + key + "}}");
    }
}
