package org.ekyc.hub.routes.peer;

import java.util.Locale;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.camel.model.Resilience4jConfigurationDefinition;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.PeerRequestText;
import org.jboss.logging.Logger;

/**
 * A government SOAP peer's client, the same for every such peer (immigration registry, resident
 * registry, tax authority): address, timeouts, circuit-breaker window and WS-Security account from
 * {@code kyc.<prefix>.*} settings; POJO data format, synchronous (the caller's thread and transaction),
 * HTTP/1.1 without chunking, TLS with the trust of {@link PeerTls} when the address is {@code https:}, and a UsernameToken (PasswordDigest, Nonce, Created) with a Timestamp on
 * every request ({@link SoapClientConfigurer}); the circuit breaker of {@link PeerCircuit}, which a request the
 * hub cannot build never enters ({@link #unbuildable}).
 *
 * @param prefix    settings prefix, e.g. {@code resident} for {@code kyc.resident.url}
 * @param circuitId id of the route's circuit breaker, for readiness
 */
public record SoapPeer(String prefix, String circuitId) {

    private static final Logger LOG = Logger.getLogger(SoapPeer.class);

    /**
     * The configured CXF producer for {@code serviceClass} at {@code kyc.<prefix>.url}, with the peer's
     * {@link #credentials}.
     */
    public CxfEndpoint endpoint(CamelContext camel, Class<?> serviceClass, String wsdl, String operation) {
        return endpoint(camel, serviceClass, wsdl, operation, credentials(camel));
    }

    /** The configured CXF producer for {@code serviceClass} at {@code kyc.<prefix>.url}, with these credentials. */
    public CxfEndpoint endpoint(CamelContext camel, Class<?> serviceClass, String wsdl, String operation,
                                SoapCredentials credentials) {
        CxfEndpoint endpoint = camel.getEndpoint("cxf://{{kyc." + prefix + ".url}}", CxfEndpoint.class);
        endpoint.setServiceClass(serviceClass);
        endpoint.setWsdlURL(wsdl);
        endpoint.setDataFormat(DataFormat.POJO);
        endpoint.setDefaultOperationName(operation);
        // Stay on the calling thread: the engine call that follows keeps its transaction and MDC.
        endpoint.setSynchronous(true);
        endpoint.setBus(camel.getRegistry().lookupByNameAndType("hubBus", org.apache.cxf.Bus.class));
        endpoint.setCxfConfigurer(new SoapClientConfigurer(Long.parseLong(setting(camel, "connect-timeout-ms")),
                Long.parseLong(setting(camel, "receive-timeout-ms")), credentials,
                Integer.parseInt(setting(camel, "wss.timestamp-ttl-seconds")), tls(camel)));
        return endpoint;
    }

    /**
     * The WS-Security account, {@code kyc.<prefix>.wss.user} / {@code kyc.<prefix>.wss.password}. The
     * development-only default password (the simulator's) is logged at WARN, and refused in production
     * ({@link DeploymentMode}).
     */
    public SoapCredentials credentials(CamelContext camel) {
        SoapCredentials credentials = new SoapCredentials(setting(camel, "wss.user"), setting(camel, "wss.password"));
        if (credentials.isDevelopmentDefault()) {
            String peer = prefix.toUpperCase(Locale.ROOT);
            DeploymentMode.current().refuseDevelopmentSecret("KYC_" + peer + "_WSS_PASSWORD (kyc." + prefix + ".wss.password)",
                    "the development-only WS-Security password of the " + prefix + " peer");
            LOG.warnf("%s peer: WS-Security user '%s' with the development-only default password (matches the "
                    + "simulator); set KYC_%s_WSS_USER / KYC_%s_WSS_PASSWORD for the real service",
                    prefix, credentials.user(), peer, peer);
        }
        return credentials;
    }

    /**
     * The TLS client settings ({@link PeerTls}) for an {@code https:} address; null for a plain
     * {@code http:} one, which is logged at WARN (allowed, e.g. behind a TLS-terminating proxy on the same host).
     */
    TLSClientParameters tls(CamelContext camel) {
        String url = setting(camel, "url");
        if (url.regionMatches(true, 0, "https:", 0, 6)) {
            return PeerTls.cxf(camel);
        }
        LOG.warnf("%s peer at %s over plain HTTP: set KYC_%s_URL to its https: address", prefix, url,
                prefix.toUpperCase(Locale.ROOT));
        return null;
    }

    /** The peer's circuit ({@link PeerCircuit}), from its {@code kyc.<prefix>.circuit-*} settings. */
    public Resilience4jConfigurationDefinition circuit(CamelContext camel) {
        return PeerCircuit.configuration(camel, prefix);
    }

    /** {@code kyc.<prefix>.<key>}, resolved (system property, environment, kyc-hub.properties). */
    public String setting(CamelContext camel, String key) {
        return camel.resolvePropertyPlaceholders("{{kyc." + prefix + "." + key + "}}");
    }

    /**
     * What a failed call means, as a typed error: the mapper's own {@link PeerException}
     * (a garbled answer) as it is; a refusal of the hub's WS-Security credentials as ACCESS_REFUSED;
     * anything else (timeout, connection refused, SOAP fault, open circuit) as UNREACHABLE.
     */
    public PeerException failure(Exchange e) {
        Throwable t = e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof PeerException typed) {
                LOG.warnf("%s peer gave no usable answer: %s", prefix, typed.getMessage());
                return typed;
            }
        }
        var refusal = WsSecurityRefusal.of(t);
        if (refusal.isPresent()) {
            LOG.errorf("%s peer REFUSED the hub's WS-Security credentials (%s): check KYC_%s_WSS_USER / "
                    + "KYC_%s_WSS_PASSWORD and the server clock", prefix, refusal.get(),
                    prefix.toUpperCase(Locale.ROOT), prefix.toUpperCase(Locale.ROOT));
            return new PeerException(prefix, PeerException.Kind.ACCESS_REFUSED, refusal.get());
        }
        String why = t == null ? "circuit open" : t.getClass().getSimpleName() + ": " + t.getMessage();
        LOG.warnf("%s peer unavailable (%s): the check stays PENDING", prefix, why);
        return new PeerException(prefix, PeerException.Kind.UNAVAILABLE,
                t == null ? "circuit open" : t.getClass().getSimpleName());
    }

    /**
     * The typed failure of a query whose request the hub cannot build ({@link PeerRequestText}: a value XML
     * 1.0 cannot carry, e.g. NUL or ESC in a name): {@link PeerException.Kind#REQUEST_UNBUILDABLE} with
     * PEER_REQUEST_INVALID, naming the field, never its value; empty when the request can be built. Checked
     * before the circuit: such a query is the case's error, never counted against the peer.
     */
    public Optional<PeerException> unbuildable(Object query) {
        return PeerRequestText.unfitField(query).map(field -> {
            LOG.warnf("%s request not built: field %s holds a character XML 1.0 cannot carry (the case's error, not the"
                    + " peer's; the peer is not asked)", prefix, field);
            return new PeerException(prefix, PeerException.Kind.REQUEST_UNBUILDABLE, ReasonCode.PEER_REQUEST_INVALID,
                    "field " + field + " holds a character XML 1.0 cannot carry", null);
        });
    }

    /** The circuit breaker's state: CLOSED, OPEN, HALF_OPEN, …; UNKNOWN before the first call. */
    public String circuitState(CamelContext camel) {
        return PeerCircuit.state(camel, circuitId);
    }
}
