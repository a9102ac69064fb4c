package org.ekyc.hub.routes.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * How many pending checks of one peer the background retry may ask now (issue #5), from the peer's
 * circuit breaker and from whether the peer refuses the hub's credentials:
 * <ul>
 *   <li>circuit OPEN: none (no case's back-off grows while the peer is known to be down); HALF_OPEN: one
 *       case probes; otherwise the whole batch;</li>
 *   <li>after the peer refused the hub's WS-Security credentials (a configuration fault, not an outage:
 *       asking again cannot succeed and may lock the account), nothing until a probe is due, then one
 *       case every {@code probeEvery} — as the immigration registry does (ADR 0007). The first refusal
 *       is logged at ERROR, the first answer afterwards at INFO.</li>
 * </ul>
 */
public final class RetryGate {

    private static final Logger LOG = Logger.getLogger(RetryGate.class);

    private final String peer;
    private final Duration probeEvery;
    private final Clock clock;
    private Instant refusedSince;
    private Instant nextProbe;

    public RetryGate(String peer, Duration probeEvery, Clock clock) {
        this.peer = peer;
        this.probeEvery = probeEvery;
        this.clock = clock;
    }

    /** How many pending checks to take this round: 0, 1 (a probe) or {@code batch}. */
    public synchronized int budget(String circuitState, int batch) {
        int max = circuitState.endsWith("OPEN") ? ("HALF_OPEN".equals(circuitState) ? 1 : 0) : batch;
        if (refusedSince != null) {
            max = Math.min(max, clock.instant().isBefore(nextProbe) ? 0 : 1);
        }
        return max;
    }

    /** Whether one more taken check may be asked now (the circuit may have opened, or a refusal come, meanwhile). */
    public synchronized boolean mayAsk(String circuitState) {
        return !"OPEN".equals(circuitState) && (refusedSince == null || !clock.instant().isBefore(nextProbe));
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
            LOG.errorf("%s REFUSED the hub's credentials (%s): its pending checks are asked only once every %d s "
                    + "until it accepts them again (what to check is logged with the refusal)",
                    peer, detail, probeEvery.toSeconds());
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
