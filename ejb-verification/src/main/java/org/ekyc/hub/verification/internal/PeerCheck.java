package org.ekyc.hub.verification.internal;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * How a peer check stands while the peer gives no usable answer: the failed tries, which drive the
 * back-off, and when the check is due again — also the lease of a check taken for asking. Every peer's
 * part embeds one, naming its columns; the named queries for due checks and {@link PendingCaseReader}
 * read {@code retryAt}. Both nullable, so a schema update can add them to a table with rows.
 */
@Embeddable
public class PeerCheck {

    /** Failed tries; null when none yet. */
    private Integer attempts;

    /** When the check is due (again); null when nothing is due. */
    private Instant retryAt;

    /** {@code check}, or a check with nothing pending when the columns are all empty (JPA then loads null). */
    static PeerCheck of(PeerCheck check) {
        return check == null ? new PeerCheck() : check;
    }

    /** {@code check} (or a new one) after one more failed try: see {@link #failedTry}. */
    static PeerCheck failedTry(PeerCheck check, Instant now, RetryPolicy backOff) {
        PeerCheck c = of(check);
        c.failedTry(now, backOff);
        return c;
    }

    /**
     * {@code check} (or a new one) leased until {@code leaseEnd}, for asking the peer again.
     *
     * @throws IllegalStateException when the check is not {@code pending}: "case … has no pending {@code what}"
     */
    static PeerCheck lease(PeerCheck check, boolean pending, String caseId, String what, Instant leaseEnd) {
        if (!pending) {
            throw new IllegalStateException("case " + caseId + " has no pending " + what);
        }
        PeerCheck c = of(check);
        c.dueAt(leaseEnd);
        return c;
    }

    /** Failed tries so far (0 when none). */
    public int attempts() {
        return attempts == null ? 0 : attempts;
    }

    /** When the check is due (again), or the end of its lease; null when nothing is due. */
    public Instant retryAt() {
        return retryAt;
    }

    /** One more failed try: due again after the back-off for that many tries. */
    void failedTry(Instant now, RetryPolicy backOff) {
        attempts = attempts == null ? 1 : attempts + 1;
        retryAt = now.plus(backOff.delayAfter(attempts));
    }

    /** Due at {@code at}: first due after opening, or leased until then. */
    void dueAt(Instant at) {
        retryAt = at;
    }

    /** A fresh order: no failed try yet, due at {@code at}. */
    void start(Instant at) {
        attempts = 0;
        retryAt = at;
    }

    /** Answered: not due any more; the failed tries stay counted. */
    void settled() {
        retryAt = null;
    }

    /** Answered: not due any more and the failed tries forgotten. */
    void forget() {
        attempts = null;
        retryAt = null;
    }
}
