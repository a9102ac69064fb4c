package org.ekyc.hub.routes.peer;

import java.util.HashMap;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.apache.camel.component.cxf.jaxws.CxfConfigurer;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.WSConstants;

/**
 * The client of every government SOAP peer ({@link SoapPeer}): connect and receive timeouts and HTTP/1.1 on the conduit,
 * for an {@code https:} peer the TLS trust of {@link PeerTls} ({@code tls}; null for plain {@code http:}), and
 * WS-Security on every request — a {@code wsse:Security} header (mustUnderstand) with a
 * UsernameToken whose password is a PasswordDigest over a fresh Nonce and the Created time, and a
 * {@code wsu:Timestamp} that expires after {@code timestampTtlSeconds}. WSS4J builds the header.
 */
public record SoapClientConfigurer(long connectMs, long receiveMs, SoapCredentials credentials,
                                int timestampTtlSeconds, TLSClientParameters tls) implements CxfConfigurer {

    /** A plain {@code http:} peer's client. */
    public SoapClientConfigurer(long connectMs, long receiveMs, SoapCredentials credentials, int timestampTtlSeconds) {
        this(connectMs, receiveMs, credentials, timestampTtlSeconds, null);
    }

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
        if (tls != null) {
            conduit.setTlsClientParameters(tls);
        }
        client.getOutInterceptors().add(new WSS4JOutInterceptor(usernameTokenAndTimestamp()));
    }

    @Override
    public void configureServer(Server server) {
        // client only
    }

    /** The WSS4J settings of the outgoing header (visible for tests). */
    Map<String, Object> usernameTokenAndTimestamp() {
        Map<String, Object> c = new HashMap<>();
        c.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN + " " + ConfigurationConstants.TIMESTAMP);
        c.put(ConfigurationConstants.USER, credentials.user());
        c.put(ConfigurationConstants.PASSWORD_TYPE, WSConstants.PW_DIGEST);
        c.put(ConfigurationConstants.ADD_USERNAMETOKEN_NONCE, "true");
        c.put(ConfigurationConstants.ADD_USERNAMETOKEN_CREATED, "true");
        c.put(ConfigurationConstants.TTL_TIMESTAMP, String.valueOf(timestampTtlSeconds));
        c.put(ConfigurationConstants.MUST_UNDERSTAND, "true");
        c.put(ConfigurationConstants.PW_CALLBACK_REF, new PasswordOf(credentials));
        return c;
    }

    /** Hands WSS4J the configured password for the configured user, and nothing else. */
    private record PasswordOf(SoapCredentials credentials) implements CallbackHandler {

        @Override
        public void handle(Callback[] callbacks) throws UnsupportedCallbackException {
            for (Callback callback : callbacks) {
                if (!(callback instanceof WSPasswordCallback pc)) {
                    throw new UnsupportedCallbackException(callback);
                }
                if (credentials.user().equals(pc.getIdentifier())) {
                    pc.setPassword(credentials.password());
                }
            }
        }

        @Override
        public String toString() {
            return "PasswordOf[" + credentials + "]";
        }
    }
}
