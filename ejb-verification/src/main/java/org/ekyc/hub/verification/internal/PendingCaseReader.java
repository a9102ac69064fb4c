package org.ekyc.hub.verification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.function.Function;
import org.ekyc.hub.verification.api.Roles;

/**
 * Reads one due case for a background job in a transaction of its own. A case whose sealed values
 * cannot be opened (a wrong or rotated key, a tampered row) then fails alone: its transaction rolls
 * back, the caller sets it aside and the other due cases go on. Read in the job's transaction, one
 * such row failed the whole batch on every tick and stalled every pending check behind it.
 */
@RolesAllowed(Roles.HUB)
@Stateless
@LocalBean
public class PendingCaseReader {

    @PersistenceContext(unitName = "kyc")
    private EntityManager em;

    /** Loads the case and applies {@code taking} to it (which may lease it); commits on its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T take(String caseId, Function<VerificationCase, T> taking) {
        return taking.apply(em.find(VerificationCase.class, caseId));
    }

    /**
     * Moves the due time of the case's {@code peer} check to {@code until} without reading the case (a
     * bulk update touches no sealed column), so an unreadable case is not taken again on every tick.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void setAside(PendingPeer peer, String caseId, Instant until) {
        em.createQuery("update VerificationCase c set c." + peer.part + ".retry.retryAt = :until where c.id = :id")
                .setParameter("until", until).setParameter("id", caseId).executeUpdate();
    }
}
