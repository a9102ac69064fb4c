package org.ekyc.hub.routes.peer;

import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.ekyc.hub.verification.api.peer.PeerException;

/**
 * The route of a government SOAP peer behind an engine port ({@link SoapPeerPort}), the same for every
 * such peer: the address, timeouts, WS-Security and circuit breaker of its {@link SoapPeer}, one
 * operation. The route answers with the canonical result or, for an unreachable, refusing or garbled
 * peer, with the typed error ({@link PeerException}) as the body — never an exception to
 * the channel. A query whose request cannot be built ({@link SoapPeer#unbuildable}) is answered with its
 * typed error without asking the peer or touching its circuit. What is the peer's own is its operation and mapping, given by a subclass.
 */
public abstract class SoapPeerRoutes extends RouteBuilder {

    private final SoapPeer peer;
    private final String route;
    private final String routeId;
    private final Class<?> serviceClass;
    private final String wsdl;
    private final String operation;
    private final String logPrefix;
    private final Mapping toRequest;
    private final Mapping fromResponse;

    /** One step of the peer's mapping: the new body, from the exchange. */
    @FunctionalInterface
    protected interface Mapping {
        Object map(Exchange e) throws PeerException;
    }

    /**
     * @param route        the route's {@code direct:} address, which the port calls
     * @param logPrefix    what the route logs before the answer, e.g. {@code "tax authority check: "}
     * @param toRequest    the peer's request built from the canonical query in the body (and anything
     *                     kept to check the answer)
     * @param fromResponse the canonical result from the peer's answer in the body; an answer outside the
     *                     contract is a typed error
     */
    protected SoapPeerRoutes(SoapPeer peer, String route, String routeId, Class<?> serviceClass, String wsdl,
                             String operation, String logPrefix, Mapping toRequest, Mapping fromResponse) {
        this.peer = peer;
        this.route = route;
        this.routeId = routeId;
        this.serviceClass = serviceClass;
        this.wsdl = wsdl;
        this.operation = operation;
        this.logPrefix = logPrefix;
        this.toRequest = toRequest;
        this.fromResponse = fromResponse;
    }

    private Processor mapped(Mapping mapping) {
        return e -> e.getMessage().setBody(mapping.map(e));
    }

    @Override
    public void configure() {
        CxfEndpoint endpoint = peer.endpoint(getCamelContext(), serviceClass, wsdl, operation);

        from(route).routeId(routeId)
                // body: the canonical query; the caller's headers must not reach the peer
                .removeHeaders("*")
                // a query whose request cannot be built is the case's error: typed, the peer not asked
                .process(e -> {
                    Optional<PeerException> unbuildable = peer.unbuildable(e.getMessage().getBody());
                    e.getMessage().setBody(unbuildable.isPresent() ? unbuildable.get() : toRequest.map(e));
                })
                .choice()
                    .when(body().isInstanceOf(PeerException.class))
                        // not asked: the circuit does not count it
                        .log(LoggingLevel.WARN, logPrefix + "not asked, ${body.message}")
                    .otherwise()
                        .setHeader("operationName", constant(operation))
                        .circuitBreaker().id(peer.circuitId()).resilience4jConfiguration(peer.circuit(getCamelContext()))
                            // with a WS-Security header (SoapClientConfigurer)
                            .to(endpoint)
                            // the mapper checks the answer; one outside the contract is a failure like an outage
                            .process(mapped(fromResponse))
                        .onFallback()
                            .process(e -> e.getMessage().setBody(peer.failure(e)))
                        .end()
                .end()
                .log(logPrefix + "${body}")
                .removeHeaders("*");
    }
}
