package org.ekyc.hub.routes.peer;

import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.transport.http.HTTPException;

/**
 * Whether a failed SOAP call is a refusal of the hub's WS-Security credentials, for every government
 * SOAP peer: a SOAP fault whose code is in the {@code wsse} namespace of WS-Security 1.0
 * ({@code wsse:FailedAuthentication}, {@code wsse:InvalidSecurity}, {@code wsse:MessageExpired}, …) or
 * WSS4J's unified {@code {http://ws.apache.org/wss4j}SecurityError} (what a CXF-based peer answers by
 * default), or HTTP 401/403 from a gateway in front of the peer. Such a refusal is a configuration
 * fault of the hub, not an outage ({@link RetryGate}).
 */
public final class WsSecurityRefusal {

    public static final String WSSE_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    /** Apache WSS4J's "unified" fault code namespace (a CXF/WSS4J peer's default, which hides the reason). */
    public static final String WSS4J_NS = "http://ws.apache.org/wss4j";

    private WsSecurityRefusal() {
    }

    /**
     * The refusal of the hub's credentials in {@code failure} or its causes, as
     * {@code "wsse:FailedAuthentication"}, {@code "wss4j:SecurityError"} or {@code "HTTP 401"}; empty
     * for any other failure.
     */
    public static Optional<String> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            QName code = null;
            if (t instanceof SoapFault fault) {
                code = fault.getFaultCode();
            } else if (t instanceof SOAPFaultException jaxws && jaxws.getFault() != null) {
                code = jaxws.getFault().getFaultCodeAsQName();
            } else if (t instanceof HTTPException http
                    && (http.getResponseCode() == 401 || http.getResponseCode() == 403)) {
                return Optional.of("HTTP " + http.getResponseCode());
            }
            if (code != null && WSSE_NS.equals(code.getNamespaceURI())) {
                return Optional.of("wsse:" + code.getLocalPart());
            }
            if (code != null && WSS4J_NS.equals(code.getNamespaceURI())) {
                return Optional.of("wss4j:" + code.getLocalPart());
            }
        }
        return Optional.empty();
    }
}
