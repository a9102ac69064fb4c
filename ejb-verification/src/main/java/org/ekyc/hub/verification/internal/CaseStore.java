package org.ekyc.hub.verification.internal;

import jakarta.ejb.EJBException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ekyc.hub.verification.api.CaseNotFoundException;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningState;
import org.ekyc.hub.verification.privacy.PiiCipher;
import org.ekyc.hub.verification.risk.RiskTierPolicy;
import org.jboss.logging.Logger;

/**
 * What the engine's facades share, in the calling bean's transaction: finding a case, auditing an effect
 * (a row in the same transaction, and the log line), reassessing a case after a check (with the audit of
 * an automatic approval and of the account opening it orders), the
 * back-off and lease settings of each {@link PendingPeer}, the authenticated caller ({@link Caller}: whose
 * name the audit records, and which cases it may see), and taking the cases a background job is due
 * to handle, each read in its own transaction ({@link PendingCaseReader}).
 */
final class CaseStore {

    /** The log category of the engine's facades (one for all of them, as log configurations filter on it). */
    static final String LOG_CATEGORY = "org.ekyc.hub.verification.internal.CaseServiceBean";
    static final Logger LOG = Logger.getLogger(LOG_CATEGORY);

    /** How long a case whose sealed values cannot be opened is left out of the background jobs. */
    static final Duration UNREADABLE_SET_ASIDE = Duration.ofHours(1);

    private final EntityManager em;
    private final PendingCaseReader reader;
    /** Who calls the facade now: asked on every use, as a pooled bean serves many callers. */
    private final Supplier<Caller> caller;
    private final Clock clock = Clock.systemUTC();
    private final Map<PendingPeer, RetryPolicy> policies = PendingPeer.policiesFromEnvironment();
    /** Risk tier and FSC rule: bundled FATF table, default higher-risk products, two-plus-one methods. */
    private final RiskTierPolicy riskPolicy = RiskTierPolicy.defaults();

    CaseStore(EntityManager em, PendingCaseReader reader, Supplier<Caller> caller) {
        this.em = em;
        this.reader = reader;
        this.caller = caller;
    }

    /** The authenticated caller of the current facade call. */
    Caller caller() {
        return caller.get();
    }

    /** Now, to the microsecond: what H2 and PostgreSQL timestamps keep, so a case reads back as it was answered. */
    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    EntityManager em() {
        return em;
    }

    /** {@code peer}'s back-off; its {@code first} is the first due time (immigration) or the lease of a taken check. */
    RetryPolicy policy(PendingPeer peer) {
        return policies.get(peer);
    }

    RiskTierPolicy riskPolicy() {
        return riskPolicy;
    }

    /**
     * Audits an effect in the calling bean's transaction: an {@link AuditEntry} row that commits or rolls
     * back with the effect, and the {@code org.ekyc.audit} log line as before ({@link AuditTrail}). Reads
     * that run without a transaction (the summaries of {@code CaseLifecycle}) stay log-only.
     */
    void audit(String action, String caseId, String actor) {
        String principal = caller().name();
        em.persist(new AuditEntry(now(), caseId, action, actor, principal));
        AuditTrail.record(action, caseId, actor, principal);
    }

    /**
     * The case, if the caller may see it ({@link Caller#maySee}: a partner only the cases it opened, a
     * customer only the case of their capture token).
     *
     * @throws CaseNotFoundException when there is no such case, or it is another partner's
     */
    VerificationCase find(String caseId) {
        VerificationCase c = caseId == null ? null : em.find(VerificationCase.class, caseId);
        if (c == null || !caller().maySee(c.id(), c.owner)) {
            throw new CaseNotFoundException(caseId);
        }
        return c;
    }

    /** Re-decides the risk tier after a check, and records an automatic approval when one happens. */
    void reassess(VerificationCase c) {
        CaseStatus before = c.toView().status();
        c.reassess(riskPolicy, now());
        if (before != CaseStatus.APPROVED && c.toView().status() == CaseStatus.APPROVED) {
            CaseLogContext.run(c.id(), () -> LOG.info("case approved automatically: all checks clean, STANDARD tier, FSC rule met"));
            audit("CASE_DECIDED outcome=APPROVED auto", c.id(), "engine");
            accountOrdered(c);
        }
    }

    /** Audits the account opening an approval has just ordered, if it did. */
    void accountOrdered(VerificationCase c) {
        CaseView.AccountView account = c.toView().account();
        if (account != null && account.state() == AccountOpeningState.PENDING && account.failedAttempts() == 0) {
            CaseLogContext.run(c.id(), () -> LOG.info("account opening ordered at core banking"));
            audit("ACCOUNT_OPENING_ORDERED", c.id(), "engine");
        }
    }

    /**
     * The cases whose {@code peer} check is PENDING and due ({@link PendingPeer#dueQuery}: most overdue
     * first, at most {@code max}), each read and taken by {@code taking} in its own transaction. A case
     * whose sealed values cannot be opened is set aside for {@link #UNREADABLE_SET_ASIDE} instead of
     * failing the batch: the other cases go on.
     */
    <T> List<T> takeDue(PendingPeer peer, Instant now, int max, Function<VerificationCase, T> taking) {
        List<String> ids = em.createNamedQuery(peer.dueQuery, String.class)
                .setParameter("pending", peer.pending)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        Instant until = now.plus(UNREADABLE_SET_ASIDE);
        return readEach(ids, peer.part + "RetryAt", taking, id -> reader.setAside(peer, id, until));
    }

    /**
     * Each case read (and changed) by {@code taking} in its own transaction (a {@code null} from
     * {@code taking}: nothing taken from that case); a case whose sealed values
     * cannot be opened is logged at ERROR, audited ({@code CASE_UNREADABLE}), handed to
     * {@code onUnreadable} and left out — a background job over many cases never stops on one of them.
     */
    <T> List<T> readEach(List<String> ids, String job, Function<VerificationCase, T> taking,
                         Consumer<String> onUnreadable) {
        List<T> taken = new ArrayList<>();
        for (String id : ids) {
            try {
                T t = reader.take(id, taking);
                if (t != null) {
                    taken.add(t);
                }
            } catch (EJBException e) {
                if (!unreadable(e)) {
                    throw e;
                }
                CaseLogContext.run(id, () -> LOG.errorf("case %s cannot be read: its sealed values do not open with this"
                        + " key (KYC_PII_KEY_FILE) or were altered; job %s leaves it out, the other cases go on", id, job));
                audit("CASE_UNREADABLE job=" + job, id, "engine");
                onUnreadable.accept(id);
            }
        }
        return taken;
    }

    private static boolean unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PiiCipher.PiiCryptoException) {
                return true;
            }
        }
        return false;
    }
}
