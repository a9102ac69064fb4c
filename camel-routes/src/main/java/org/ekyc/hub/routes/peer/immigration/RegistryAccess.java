package org.ekyc.hub.routes.peer.immigration;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.cxf.binding.soap.SoapFault;
import org.ekyc.hub.routes.peer.RetryGate;
import org.ekyc.hub.routes.peer.WsSecurityRefusal;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.jboss.logging.Logger;

/**
 * Whether the immigration registry accepts the hub's credentials, and what a failed call means.
 * <p>
 * A refusal of the hub's WS-Security header ({@link WsSecurityRefusal}: a {@code wsse} or WSS4J
 * fault code, or HTTP 401/403 from a gateway in front of the registry) is a configuration fault of the hub (wrong user or password,
 * a rotated password, a clock far off), not an outage: asking again with the same credentials cannot
 * succeed and may lock the account at the registry. So after a refusal the hub <em>suspends</em> its
 * calls: the case's check is recorded as {@link StayStatus#accessRefused ACCESS_REFUSED} (PENDING,
 * reason REGISTRY_ACCESS_REFUSED) without asking, and only one call every {@code probeEvery} tries the
 * registry again (the credentials may have been fixed on the registry's side). The first refusal is
 * logged at ERROR with what to check; the first accepted call afterwards at INFO. New credentials
 * are read when the hub is deployed again. The refused state and its probes are a {@link RetryGate},
 * the same rule as for the other peers' retries; what is the immigration registry's own is here: what the operator is told to check, and what is recorded on the case.
 * <p>
 * Anything else (timeouts, connection refused, other faults, an open circuit) is an outage:
 * {@link StayStatus#unavailable}, retried with the engine's back-off.
 */
public final class RegistryAccess {

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
        Optional<String> refusal = WsSecurityRefusal.of(failure);
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
}
