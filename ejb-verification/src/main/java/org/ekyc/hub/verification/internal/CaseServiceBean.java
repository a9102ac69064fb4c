package org.ekyc.hub.verification.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.ekyc.hub.verification.api.CaseNotFoundException;
import org.ekyc.hub.verification.api.CaseService;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.StayStatus;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** The engine's facade: opens cases, records check results, serves case views. */
@Stateless
public class CaseServiceBean implements CaseService {

    private static final Logger LOG = Logger.getLogger(CaseServiceBean.class);

    @PersistenceContext(unitName = "kyc")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public CaseView openCase(OpenCaseCommand command) {
        VerificationCase c = VerificationCase.open(command, Instant.now(clock));
        em.persist(c);
        MDC.put("caseId", c.id());
        LOG.infof("case opened channel=%s product=%s nationality=%s", command.channel(), command.product(),
                command.applicant().nationality());
        AuditTrail.record("CASE_OPENED", c.id(), command.channel().name());
        return c.toView();
    }

    @Override
    public CaseView getCase(String caseId) {
        CaseView view = find(caseId).toView();
        AuditTrail.record("CASE_READ", caseId, "channel");
        return view;
    }

    @Override
    public CaseView recordStayStatus(String caseId, StayStatus stayStatus) {
        VerificationCase c = find(caseId);
        c.applyStayStatus(stayStatus, Instant.now(clock));
        MDC.put("caseId", caseId);
        LOG.infof("immigration check recorded outcome=%s", stayStatus.outcome());
        AuditTrail.record("STAY_STATUS_RECORDED", caseId, "registry-lookup");
        return c.toView();
    }

    @Override
    public boolean storeReachable() {
        try {
            em.createNativeQuery("SELECT 1").getSingleResult();
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("case store not reachable: %s", e.getMessage());
            return false;
        }
    }

    private VerificationCase find(String caseId) {
        VerificationCase c = caseId == null ? null : em.find(VerificationCase.class, caseId);
        if (c == null) {
            throw new CaseNotFoundException(caseId);
        }
        return c;
    }
}
