package org.ekyc.hub.routes.peer.immigration;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.ekyc.hub.adapter.immigration.ImmigrationStayStatusMapper;
import org.ekyc.hub.adapter.immigration.wsdl.CheckStayStatusResponse;
import org.ekyc.hub.adapter.immigration.wsdl.StayStatusPort;
import org.ekyc.hub.routes.peer.RetryRound;
import org.ekyc.hub.routes.peer.SoapCredentials;
import org.ekyc.hub.routes.peer.SoapPeer;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.immigration.ImmigrationQuery;

/**
 * Immigration registry (법무부 stay status) over SOAP: the address comes from
 * {@code kyc.immigration.url}, so the simulator and the real service differ by configuration only.
 * A registry that cannot be reached, answers with a fault or times out leaves the case's check
 * PENDING (reason REGISTRY_UNAVAILABLE); it never fails the channel's request. A Resilience4j
 * circuit breaker opens after {@code kyc.immigration.circuit-window} calls of which half failed,
 * and the {@code immigration-retry} route asks again for pending cases until the registry answers.
 * The client, its WS-Security (UsernameToken with PasswordDigest, Nonce, Created, and a Timestamp),
 * its circuit and its retry loop are every government peer's ({@link SoapPeer}, {@link RetryRound}).
 * A registry that refuses those credentials is not an outage: the check stays PENDING with reason
 * REGISTRY_ACCESS_REFUSED and calls are suspended but for a rare probe ({@link RegistryAccess}; docs/adr/0007).
 * A query whose request the hub cannot build (a value XML 1.0 cannot carry, {@link SoapPeer#unbuildable}) is
 * the case's error: the registry is not asked, the circuit does not count it, and the case goes to REVIEW
 * with PEER_REQUEST_INVALID out of the retry rotation ({@code PeerChecks.recordRequestInvalid}).
 */
public class ImmigrationRegistryRoutes extends RouteBuilder {

    public static final String CIRCUIT_ID = "immigration-registry";
    /** The {@link RegistryAccess} of the running routes, in the Camel registry. */
    public static final String ACCESS_BEAN = "immigrationRegistryAccess";
    /** The exchange property holding the query asked, for recording a request that could not be built. */
    private static final String QUERY = "kycImmigrationQuery";
    /** The registry's SOAP client and circuit ({@code kyc.immigration.*}). */
    public static final SoapPeer PEER = new SoapPeer("immigration", CIRCUIT_ID);

    @Override
    public void configure() {
        SoapCredentials credentials = PEER.credentials(getCamelContext());
        CxfEndpoint registry = PEER.endpoint(getCamelContext(), StayStatusPort.class, "wsdl/immigration-stay-status.wsdl",
                "CheckStayStatus", credentials);
        RegistryAccess access = new RegistryAccess(credentials.user(),
                Duration.ofSeconds(Long.parseLong(PEER.setting(getCamelContext(), "refused-probe-seconds"))), Clock.systemUTC());
        getCamelContext().getRegistry().bind(ACCESS_BEAN, RegistryAccess.class, access);

        // Cases opened while the registry was down (or before a crash) are asked again when due (the
        // engine backs off per case); a refusal of the credentials holds the round back (RegistryAccess)
        new RetryRound("immigration", "immigration-retry", "direct:immigration-check", ImmigrationRegistryRoutes::circuitState,
                access::retryBudget, state -> !"OPEN".equals(state), (checks, max) -> checks.takeDue(ImmigrationQuery.class, max),
                "asking the immigration registry again for ${body.size} pending case(s)",
                "pending immigration check not recorded: ${exception.message}", null).addTo(this);

        from("direct:immigration-check").routeId("immigration-check")
                // body: ImmigrationQuery (from open-case through enrich, or from immigration-retry)
                .setProperty("kycCaseId", simple("${body.caseId}"))
                .setProperty(QUERY, body())
                // called through enrich: this is a copy; the channel's headers must not reach the peer
                .removeHeaders("*")
                // a query whose request cannot be built (NUL, ESC in a name) is the case's error: the
                // registry is not asked and its circuit does not count it
                .process(e -> {
                    ImmigrationQuery query = e.getMessage().getBody(ImmigrationQuery.class);
                    Optional<PeerException> unbuildable = PEER.unbuildable(query);
                    e.getMessage().setBody(unbuildable.isPresent() ? unbuildable.get()
                            : ImmigrationStayStatusMapper.toRequest(query));
                })
                .setHeader("operationName", constant("CheckStayStatus"))
                .choice()
                    .when(body().isInstanceOf(PeerException.class))
                        .log(LoggingLevel.WARN, "immigration check not asked: ${body.message}")
                    // the registry refused our credentials: not asked until the next probe (RegistryAccess)
                    .when(e -> !access.mayCall())
                        .process(e -> e.getMessage().setBody(access.suspended()))
                    .otherwise()
                        .circuitBreaker().id(CIRCUIT_ID).resilience4jConfiguration(PEER.circuit(getCamelContext()))
                            // the request leaves with a WS-Security header (SoapClientConfigurer)
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
                .removeHeaders("*")
                .choice()
                    .when(body().isInstanceOf(PeerException.class))
                        // the case goes to a person (PEER_REQUEST_INVALID) and leaves the retry rotation
                        .bean("peerChecks", "recordRequestInvalid(${exchangeProperty." + QUERY + "}, ${body.message})")
                    .otherwise()
                        .log("immigration check: ${body.outcome}")
                        .bean("peerChecks", "record(${exchangeProperty.kycCaseId}, ${body})")
                .end();
    }

    /** For readiness: the circuit breaker's state, or that the registry refuses the hub's credentials. */
    public static String registryStatus(CamelContext camel) {
        RegistryAccess access = camel.getRegistry().lookupByNameAndType(ACCESS_BEAN, RegistryAccess.class);
        return (access == null ? java.util.Optional.<String>empty() : access.refusedStatus())
                .orElseGet(() -> "circuit " + circuitState(camel));
    }

    /** The registry circuit breaker's state: CLOSED, OPEN, HALF_OPEN, …; UNKNOWN before the first call. */
    public static String circuitState(CamelContext camel) {
        return PEER.circuitState(camel);
    }
}
