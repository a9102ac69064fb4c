package org.ekyc.hub.routes.peer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Whether a peer that refused the hub's credentials may be asked now, and how many pending checks of one
 * peer the background retry may ask now, from the peer's circuit breaker and from that refusal:
 * <ul>
 *   <li>circuit OPEN: none (no case's back-off grows while the peer is known to be down); HALF_OPEN: one
 *       case probes; otherwise the whole batch;</li>
 *   <li>after the peer refused the hub's WS-Security credentials (a configuration fault, not an outage:
 *       asking again cannot succeed and may lock the account), nothing until a probe is due, then one
 *       call every {@code probeEvery} ({@link #tryProbe()} claims it) — the one rule for every peer,
 *       the immigration registry included (ADR 0007). The first refusal is logged at ERROR with
 *       {@code whatToCheck}, the first answer afterwards at INFO.</li>
 * </ul>
 */
public final class RetryGate {

    private static final Logger LOG = Logger.getLogger(RetryGate.class);

    private final String peer;
    private final String whatToCheck;
    private final Duration probeEvery;
    private final Clock clock;
    private Instant refusedSince;
    private Instant nextProbe;

    /** A gate for a peer whose caller logs what to check with each refusal (e.g. {@code SoapPeer}). */
    public RetryGate(String peer, Duration probeEvery, Clock clock) {
        this(peer, "its pending checks wait (what to check is logged with the refusal)", probeEvery, clock);
    }

    /**
     * @param peer        the peer's name in log messages, e.g. {@code "immigration registry"}
     * @param whatToCheck for the operator, logged with the first refusal: what to check and what waits meanwhile
     */
    public RetryGate(String peer, String whatToCheck, Duration probeEvery, Clock clock) {
        this.peer = peer;
        this.whatToCheck = whatToCheck;
        this.probeEvery = probeEvery;
        this.clock = clock;
    }

    /** How many pending checks to take this round: 0, 1 (a probe) or {@code batch}. */
    public synchronized int budget(String circuitState, int batch) {
        int max = circuitState.endsWith("OPEN") ? ("HALF_OPEN".equals(circuitState) ? 1 : 0) : batch;
        return Math.min(max, budget(batch));
    }

    /** How many the credentials alone allow: {@code batch} while not refused; after a refusal 1 when a probe is due, else 0. */
    public synchronized int budget(int batch) {
        if (refusedSince == null) {
            return batch;
        }
        return clock.instant().isBefore(nextProbe) ? 0 : 1;
    }

    /** Whether one more taken check may be asked now (the circuit may have opened, or a refusal come, meanwhile). */
    public synchronized boolean mayAsk(String circuitState) {
        return !"OPEN".equals(circuitState) && (refusedSince == null || !clock.instant().isBefore(nextProbe));
    }

    /**
     * True when the peer may be called now: always while the credentials are not known to be refused;
     * after a refusal, once per {@code probeEvery} — a true answer claims that probe (the caller is the
     * probe; the next caller waits a full interval).
     */
    public synchronized boolean tryProbe() {
        if (refusedSince == null) {
            return true;
        }
        Instant now = clock.instant();
        if (now.isBefore(nextProbe)) {
            return false;
        }
        nextProbe = now.plus(probeEvery);
        return true;
    }

    /** Since when the peer refuses the hub's credentials; empty while they are accepted. */
    public synchronized Optional<Instant> refusedSince() {
        return Optional.ofNullable(refusedSince);
    }

    /** The peer refused the hub's credentials ({@code detail}: e.g. {@code wsse:FailedAuthentication}). */
    public void refused(String detail) {
        boolean first;
        synchronized (this) {
            Instant now = clock.instant();
            first = refusedSince == null;
            if (first) {
                refusedSince = now;
            }
            nextProbe = now.plus(probeEvery);
        }
        if (first) {
            LOG.errorf("%s REFUSED the hub's credentials (%s): %s. One call probes every %d s until it accepts them again.",
                    peer, detail, whatToCheck, probeEvery.toSeconds());
        } else {
            LOG.warnf("%s still refuses the hub's credentials (%s); next probe in %d s", peer, detail, probeEvery.toSeconds());
        }
    }

    /** The peer answered (whatever it said about the person). */
    public void answered() {
        Instant since;
        synchronized (this) {
            since = refusedSince;
            refusedSince = null;
            nextProbe = null;
        }
        if (since != null) {
            LOG.infof("%s accepts the hub's credentials again (refused since %s): pending checks are asked again", peer, since);
        }
    }
}
