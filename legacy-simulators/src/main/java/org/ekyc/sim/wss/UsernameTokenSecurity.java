package org.ekyc.sim.wss;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import jakarta.servlet.http.HttpServletRequest;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.dom.WSConstants;
import org.ekyc.sim.admin.Transports;

/**
 * The WS-Security a simulated registry demands of every request, processed by WSS4J (WildFly's
 * JBossWS copy): a {@code wsse:Security} header with a UsernameToken whose password is a
 * PasswordDigest over a Nonce and a Created time, and a {@code wsu:Timestamp} with an Expires (a
 * digest without Nonce or Created is refused by WSS4J's Basic Security Profile checks, on by
 * default). Refused, as a SOAP 1.1 fault with a WS-Security 1.0 fault code
 * ({@code wsse:FailedAuthentication}, {@code wsse:InvalidSecurity}, {@code wsse:MessageExpired}):
 * a request without the header or either token, a plain-text or wrong password, an unknown user, a
 * nonce already seen (replay), a token created more than {@value #MAX_AGE_SECONDS} s ago or more
 * than {@value #FUTURE_SECONDS} s in the future, and an expired Timestamp. The reason is logged by
 * the server (CXF, category {@code org.apache.cxf}). The transport of every request (scheme, TLS or
 * not) is recorded first, for tests ({@link Transports}).
 */
public class UsernameTokenSecurity extends WSS4JInInterceptor {

    /** CXF's switch (ws-security.return.security.error) for the WS-Security 1.0 fault codes. */
    static final String RETURN_SECURITY_ERROR = "ws-security.return.security.error";

    /** Oldest UsernameToken/Timestamp accepted (also how long nonces are remembered). */
    public static final int MAX_AGE_SECONDS = 300;
    /** Clock skew tolerated for a token created "in the future". */
    public static final int FUTURE_SECONDS = 60;

    /** The servlet request of a CXF message on an HTTP destination (CXF's {@code AbstractHTTPDestination.HTTP_REQUEST}). */
    static final String HTTP_REQUEST = "HTTP.REQUEST";

    private final String peer;

    /**
     * @param peer        the simulated peer, under which the transport of each request is recorded
     *                    ({@link Transports})
     * @param credentials the accepted account
     */
    public UsernameTokenSecurity(String peer, Supplier<PeerCredentials> credentials) {
        super(configuration(new UsernameTokenPasswords(credentials)));
        this.peer = peer;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        // answer with the fault codes WS-Security 1.0 defines (wsse:FailedAuthentication,
        // wsse:InvalidSecurity, wsse:MessageExpired, …), as the registry's specification would,
        // instead of WSS4J's catch-all {http://ws.apache.org/wss4j}SecurityError
        message.put(RETURN_SECURITY_ERROR, Boolean.TRUE);
        if (message.get(HTTP_REQUEST) instanceof HttpServletRequest request) {
            Transports.record(peer, request.getScheme(), request.isSecure());
        }
        super.handleMessage(message);
    }

    static Map<String, Object> configuration(UsernameTokenPasswords passwords) {
        Map<String, Object> c = new HashMap<>();
        c.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN + " " + ConfigurationConstants.TIMESTAMP);
        // inbound, passwordType makes the type required: PasswordText is refused
        c.put(ConfigurationConstants.PASSWORD_TYPE, WSConstants.PW_DIGEST);
        c.put(ConfigurationConstants.PW_CALLBACK_REF, passwords);
        // the nonce replay cache is on by default for a receiver (CXF's ws-security.enable.nonce.cache);
        // nonces are kept for the UsernameToken's time to live
        c.put(ConfigurationConstants.TTL_USERNAMETOKEN, String.valueOf(MAX_AGE_SECONDS));
        c.put(ConfigurationConstants.TTL_FUTURE_USERNAMETOKEN, String.valueOf(FUTURE_SECONDS));
        c.put(ConfigurationConstants.TTL_TIMESTAMP, String.valueOf(MAX_AGE_SECONDS));
        c.put(ConfigurationConstants.TTL_FUTURE_TIMESTAMP, String.valueOf(FUTURE_SECONDS));
        c.put(ConfigurationConstants.TIMESTAMP_STRICT, "true");
        c.put(ConfigurationConstants.REQUIRE_TIMESTAMP_EXPIRES, "true");
        // SAML is not used, and OpenSAML is not on the deployment's class path: without this a request
        // carrying an assertion would fail with NoClassDefFoundError (an HTML 500) instead of a fault
        Map<QName, Object> processors = new HashMap<>();
        processors.put(WSConstants.SAML_TOKEN, null);
        processors.put(WSConstants.SAML2_TOKEN, null);
        c.put(WSS4JInInterceptor.PROCESSOR_MAP, processors);
        return c;
    }
}
