package org.ekyc.hub.routes.immigration;

import jakarta.xml.ws.soap.SOAPFaultException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.transport.http.HTTPException;
import org.ekyc.hub.routes.retry.RetryGate;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.jboss.logging.Logger;

/**
 * Whether the immigration registry accepts the hub's credentials, and what a failed call means.
 * <p>
 * A refusal of the hub's WS-Security header — a SOAP fault whose code is in the {@code wsse}
 * namespace of WS-Security 1.0 ({@code wsse:FailedAuthentication}, {@code wsse:InvalidSecurity},
 * {@code wsse:MessageExpired}, …) or WSS4J's unified {@code {http://ws.apache.org/wss4j}SecurityError}
 * (what a CXF-based peer answers by default), or HTTP 401/403 from a gateway in front of the
 * registry — is a configuration fault of the hub (wrong user or password,
 * a rotated password, a clock far off), not an outage: asking again with the same credentials cannot
 * succeed and may lock the account at the registry. So after a refusal the hub <em>suspends</em> its
 * calls: the case's check is recorded as {@link StayStatus#accessRefused ACCESS_REFUSED} (PENDING,
 * reason REGISTRY_ACCESS_REFUSED) without asking, and only one call every {@code probeEvery} tries the
 * registry again (the credentials may have been fixed on the registry's side). The first refusal is
 * logged at ERROR with what to check; the first accepted call afterwards at INFO. New credentials
 * are read when the hub is deployed again. The refused state and its probes are a {@link RetryGate},
 * the same rule as for the other peers' retries; what is the immigration registry's own is here: which
 * failures are a refusal, what the operator is told to check, and what is recorded on the case.
 * <p>
 * Anything else (timeouts, connection refused, other faults, an open circuit) is an outage:
 * {@link StayStatus#unavailable}, retried with the engine's back-off.
 */
public final class RegistryAccess {

    static final String WSSE_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    /** Apache WSS4J's "unified" fault code namespace (a CXF/WSS4J peer's default, which hides the reason). */
    static final String WSS4J_NS = "http://ws.apache.org/wss4j";
    private static final Logger LOG = Logger.getLogger(RegistryAccess.class);

    /** The refused-credentials state and its probes: the same rule as for every peer's retries. */
    private final RetryGate gate;
    /** Guarded by {@code this}: written together with the gate's refusal, so readiness shows a consistent pair. */
    private String lastRefusal;

    public RegistryAccess(String user, Duration probeEvery, Clock clock) {
        this.gate = new RetryGate("immigration registry", "WS-Security user '" + user + "'. Check "
                + "KYC_IMMIGRATION_WSS_USER / KYC_IMMIGRATION_WSS_PASSWORD against the registry's account, and the "
                + "server clock (a token or Timestamp outside the registry's time window is refused the same way). "
                + "Calls are suspended: cases wait PENDING with REGISTRY_ACCESS_REFUSED", probeEvery, clock);
    }

    /**
     * True when the registry may be called now: always while the credentials are not known to be
     * refused; after a refusal, once per {@code probeEvery} (the caller is the probe).
     */
    public boolean mayCall() {
        return gate.tryProbe();
    }

    /**
     * How many pending cases the retry round may ask now: none while the circuit is OPEN or a refusal's
     * probe is not due, one probe (HALF_OPEN, or a refusal's probe due), else {@code batch}.
     */
    public int retryBudget(String circuitState, int batch) {
        return gate.budget(circuitState, batch);
    }

    /** A call went through (the registry answered, whatever it said about the person). */
    public synchronized void accepted() {
        gate.answered();
        lastRefusal = null;
    }

    /** What to record for a call that failed with {@code failure} ({@code null}: the circuit is open). */
    public StayStatus failed(Throwable failure) {
        Optional<String> refusal = refusal(failure);
        if (refusal.isEmpty()) {
            String why = failure == null ? "circuit open" : failure.getClass().getSimpleName();
            LOG.warnf("immigration registry unavailable (%s%s): case stays PENDING and is asked again", why,
                    failure instanceof SoapFault fault ? " " + fault.getFaultCode() + " " + fault.getMessage() : "");
            return StayStatus.unavailable(why);
        }
        synchronized (this) {
            gate.refused(refusal.get());
            lastRefusal = refusal.get();
        }
        return StayStatus.accessRefused(refusal.get());
    }

    /** What to record when calls are suspended: refused, without asking. */
    public StayStatus suspended() {
        return StayStatus.accessRefused("not asked: credentials refused since " + gate.refusedSince().orElse(null));
    }

    /** For readiness: {@code credentials REFUSED since …} or empty while they are accepted. */
    public synchronized Optional<String> refusedStatus() {
        return gate.refusedSince().map(since -> "credentials REFUSED since " + since + " (" + lastRefusal + ")");
    }

    /**
     * The refusal of the hub's credentials in {@code failure} or its causes, as
     * {@code "wsse:FailedAuthentication"}, {@code "wss4j:SecurityError"} or {@code "HTTP 401"}; empty
     * for any other failure.
     */
    public static Optional<String> refusal(Throwable failure) {
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
