package org.ekyc.hub.routes.registry;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.camel.component.resilience4j.ResilienceProcessor;
import org.ekyc.hub.routes.immigration.RegistryAccess;
import org.ekyc.hub.routes.immigration.RegistryClientConfigurer;
import org.ekyc.hub.routes.immigration.RegistryCredentials;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.jboss.logging.Logger;

/**
 * A government SOAP peer's client, set up as the immigration registry's (ImmigrationRegistryRoutes):
 * address, timeouts, circuit-breaker window and WS-Security account from {@code kyc.<prefix>.*}
 * settings; POJO data format, synchronous (the caller's thread and transaction), HTTP/1.1 without
 * chunking, and a UsernameToken (PasswordDigest, Nonce, Created) with a Timestamp on every request
 * ({@link RegistryClientConfigurer}).
 *
 * @param prefix    settings prefix, e.g. {@code resident} for {@code kyc.resident.url}
 * @param circuitId id of the route's circuit breaker, for readiness
 */
public record SoapPeer(String prefix, String circuitId) {

    private static final Logger LOG = Logger.getLogger(SoapPeer.class);

    /** The configured CXF producer for {@code serviceClass} at {@code kyc.<prefix>.url}. */
    public CxfEndpoint endpoint(CamelContext camel, Class<?> serviceClass, String wsdl, String operation) {
        CxfEndpoint endpoint = camel.getEndpoint("cxf://{{kyc." + prefix + ".url}}", CxfEndpoint.class);
        endpoint.setServiceClass(serviceClass);
        endpoint.setWsdlURL(wsdl);
        endpoint.setDataFormat(DataFormat.POJO);
        endpoint.setDefaultOperationName(operation);
        endpoint.setSynchronous(true);
        endpoint.setBus(camel.getRegistry().lookupByNameAndType("hubBus", org.apache.cxf.Bus.class));
        RegistryCredentials credentials = new RegistryCredentials(setting(camel, "wss.user"), setting(camel, "wss.password"));
        if (credentials.isDevelopmentDefault()) {
            LOG.warnf("%s peer: WS-Security user '%s' with the development-only default password (matches the "
                    + "simulator); set KYC_%s_WSS_USER / KYC_%s_WSS_PASSWORD for the real service",
                    prefix, credentials.user(), prefix.toUpperCase(java.util.Locale.ROOT), prefix.toUpperCase(java.util.Locale.ROOT));
        }
        endpoint.setCxfConfigurer(new RegistryClientConfigurer(Long.parseLong(setting(camel, "connect-timeout-ms")),
                Long.parseLong(setting(camel, "receive-timeout-ms")), credentials,
                Integer.parseInt(setting(camel, "wss.timestamp-ttl-seconds"))));
        return endpoint;
    }

    /** {@code kyc.<prefix>.<key>}, resolved (system property, environment, kyc-hub.properties). */
    /**
     * The peer's circuit: opens at 50 % failures over its {@code circuit-window} calls, stays open
     * {@code circuit-open-seconds}, then lets one probe through by itself. One definition for every
     * SOAP peer, so their circuits behave alike.
     */
    public org.apache.camel.model.Resilience4jConfigurationDefinition circuit(CamelContext camel) {
        int window = intSetting(camel, "circuit-window");
        return new org.apache.camel.model.Resilience4jConfigurationDefinition()
                .slidingWindowSize(window).minimumNumberOfCalls(window)
                .failureRateThreshold(50f)
                .waitDurationInOpenState(intSetting(camel, "circuit-open-seconds"))
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(true);
    }

    public String setting(CamelContext camel, String key) {
        return camel.resolvePropertyPlaceholders("{{kyc." + prefix + "." + key + "}}");
    }

    public int intSetting(CamelContext camel, String key) {
        return Integer.parseInt(setting(camel, key));
    }

    /**
     * What a failed call means, as a typed error: the mapper's own {@link PeerException}
     * (a garbled answer) as it is; a refusal of the hub's WS-Security credentials as ACCESS_REFUSED;
     * anything else (timeout, connection refused, SOAP fault, open circuit) as UNAVAILABLE.
     */
    public PeerException failure(Exchange e) {
        Throwable t = e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof PeerException typed) {
                LOG.warnf("%s peer gave no usable answer: %s", prefix, typed.getMessage());
                return typed;
            }
        }
        var refusal = RegistryAccess.refusal(t);
        if (refusal.isPresent()) {
            LOG.errorf("%s peer REFUSED the hub's WS-Security credentials (%s): check KYC_%s_WSS_USER / "
                    + "KYC_%s_WSS_PASSWORD and the server clock", prefix, refusal.get(),
                    prefix.toUpperCase(java.util.Locale.ROOT), prefix.toUpperCase(java.util.Locale.ROOT));
            return new PeerException(prefix, PeerException.Kind.ACCESS_REFUSED, refusal.get());
        }
        String why = t == null ? "circuit open" : t.getClass().getSimpleName() + ": " + t.getMessage();
        LOG.warnf("%s peer unavailable (%s): the check stays PENDING", prefix, why);
        return new PeerException(prefix, PeerException.Kind.UNAVAILABLE,
                t == null ? "circuit open" : t.getClass().getSimpleName());
    }

    /** The circuit breaker's state: CLOSED, OPEN, HALF_OPEN, …; UNKNOWN before the first call. */
    public String circuitState(CamelContext camel) {
        return camel.getProcessor(circuitId) instanceof ResilienceProcessor breaker
                ? breaker.getCircuitBreakerState() : "UNKNOWN";
    }

    /** The route's answer: the typed result, or the typed error thrown. */
    static <T> T answer(Object body, Class<T> type) throws PeerException {
        if (body instanceof PeerException e) {
            throw e;
        }
        return type.cast(body);
    }
}
