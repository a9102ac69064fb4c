package org.ekyc.hub.verification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ekyc.hub.verification.api.Roles;

/**
 * The one-time repair of cases stored with a value no peer request can carry (a control character such
 * as NUL or ESC in a name, accepted before the edges refused them): each such undecided case leaves the
 * retry rotation and goes to REVIEW with PEER_REQUEST_INVALID ({@link VerificationCase#repairUnfitForPeers}),
 * audited {@code CASE_REPAIRED}. Every undecided case is read in a transaction of its own
 * ({@link CaseStore#readEach}: an unreadable one is left out, the others go on). The repair is done
 * once: an audit row without a case ({@value #DONE}) marks it, and a start that finds it scans nothing.
 * Run at start-up by {@link StartupRepairs}, as the hub.
 */
@RolesAllowed(Roles.HUB)
@Stateless
@LocalBean
public class StartupRepairBean extends CaseFacadeBean {

    /** The action of the audit row that marks the repair done. */
    static final String DONE = "REPAIR_DONE unfit-peer-values";

    /** Repairs the cases once; returns how many were moved to REVIEW, or -1 when the repair was done before. */
    public int repairUnfitForPeers() {
        if (done()) {
            return -1;
        }
        List<String> ids = em.createNamedQuery(VerificationCase.UNDECIDED_BY_CREATION, String.class).getResultList();
        Instant now = store.now();
        List<Repaired> repaired = store.readEach(ids, "unfit-peer-values-repair", c -> {
            Optional<String> field = c.repairUnfitForPeers(now);
            field.ifPresent(f -> CaseLogContext.run(c.id(), () -> LOG.warnf("case stored with a character no peer request"
                    + " can carry (field %s): moved to REVIEW (PEER_REQUEST_INVALID), out of the retry rotation", f)));
            return field.map(f -> new Repaired(c.id(), f)).orElse(null);
        }, id -> { });
        for (Repaired r : repaired) {
            store.audit("CASE_REPAIRED reason=PEER_REQUEST_INVALID field=" + r.field(), r.caseId(), "startup-repair");
        }
        store.audit(DONE + " cases=" + repaired.size() + " scanned=" + ids.size(), null, "startup-repair");
        LOG.infof("start-up repair: %d of %d undecided case(s) held a value no peer request can carry, moved to REVIEW",
                repaired.size(), ids.size());
        return repaired.size();
    }

    /** A case the repair moved, and the field (its name) that held the character. */
    private record Repaired(String caseId, String field) {
    }

    private boolean done() {
        return !em.createQuery("select a.id from AuditEntry a where a.caseId is null and a.action like :done", String.class)
                .setParameter("done", DONE + "%").setMaxResults(1).getResultList().isEmpty();
    }
}
