package org.ekyc.hub.verification.internal;

import java.util.EnumMap;
import java.util.Map;
import org.ekyc.hub.verification.api.peer.Peer;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningOrder;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningState;
import org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry;
import org.ekyc.hub.verification.api.peer.immigration.ImmigrationQuery;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;

/**
 * The peer checks that wait PENDING when the peer gives no usable answer and are taken again when due:
 * for each, the case's part that holds its {@link PeerCheck}, the named query of the due cases, the value
 * of the part's outcome while pending, what is taken, and its back-off and lease settings.
 */
public enum PendingPeer {

    IMMIGRATION(Peer.IMMIGRATION_REGISTRY, "immigration", VerificationCase.IMMIGRATION_PENDING,
            RegistryCheckOutcome.PENDING, ImmigrationQuery.class),
    RESIDENT(Peer.RESIDENT_REGISTRY, "resident", VerificationCase.RESIDENT_PENDING, VerificationCase.PENDING,
            ResidentIdQuery.class),
    TAX(Peer.TAX_AUTHORITY, "income", VerificationCase.INCOME_PENDING, VerificationCase.PENDING, TaxQuery.class),
    CREDIT(Peer.CREDIT_BUREAU, "credit", VerificationCase.CREDIT_PENDING, VerificationCase.PENDING,
            PendingCreditEnquiry.class),
    ACCOUNT_OPENING(Peer.CORE_BANKING, "account", VerificationCase.ACCOUNT_OPENING_PENDING,
            AccountOpeningState.PENDING, AccountOpeningOrder.class);

    final Peer peer;
    /** The case's attribute holding the check: its retry time is {@code c.<part>.retry.retryAt}. */
    final String part;
    /** The named query of the ids of due cases, parameters {@code pending} and {@code now}. */
    final String dueQuery;
    /** The outcome of a check waiting for the peer. */
    final Object pending;
    /** What taking a due check gives. */
    final Class<?> taken;

    PendingPeer(Peer peer, String part, String dueQuery, Object pending, Class<?> taken) {
        this.peer = peer;
        this.part = part;
        this.dueQuery = dueQuery;
        this.pending = pending;
        this.taken = taken;
    }

    /** The pending check whose taking gives {@code type}. */
    static PendingPeer taking(Class<?> type) {
        for (PendingPeer p : values()) {
            if (p.taken == type) {
                return p;
            }
        }
        throw new IllegalArgumentException("no pending check gives " + type.getName());
    }

    /**
     * Each check's back-off (and, but for immigration, its lease) from the environment: immigration
     * {@link RetryPolicy#fromEnvironment()}, account opening {@link RetryPolicy#accountOpeningFromEnvironment()},
     * the other peers {@link RetryPolicy#peerFromEnvironment(String)}.
     */
    static Map<PendingPeer, RetryPolicy> policiesFromEnvironment() {
        Map<PendingPeer, RetryPolicy> policies = new EnumMap<>(PendingPeer.class);
        policies.put(IMMIGRATION, RetryPolicy.fromEnvironment());
        policies.put(RESIDENT, RetryPolicy.peerFromEnvironment("resident"));
        policies.put(TAX, RetryPolicy.peerFromEnvironment("tax"));
        policies.put(CREDIT, RetryPolicy.peerFromEnvironment("credit"));
        policies.put(ACCOUNT_OPENING, RetryPolicy.accountOpeningFromEnvironment());
        return policies;
    }
}
