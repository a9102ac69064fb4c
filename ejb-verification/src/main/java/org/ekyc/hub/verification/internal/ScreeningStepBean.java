package org.ekyc.hub.verification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.time.Duration;
import java.util.List;
import org.ekyc.hub.verification.api.CaseApplicant;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.api.screening.ScreeningStep;

/** Records sanctions/PEP screenings, pages through the applicants for re-screening, finds the unscreened cases. */
@RolesAllowed(Roles.HUB)
@Stateless
public class ScreeningStepBean extends CaseFacadeBean implements ScreeningStep {

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.HUB})
    public CaseView recordScreening(String caseId, ScreeningResult result) {
        VerificationCase c = store.find(caseId);
        c.applyScreening(result, store.now());
        store.reassess(c);
        CaseLogContext.run(caseId, () -> LOG.infof("screening recorded outcome=%s list=%s",
                result == null ? "UNAVAILABLE" : result.outcome(), result == null ? "-" : result.listVersion()));
        store.audit("SCREENING_RECORDED", caseId, "screening");
        return c.toView();
    }

    @Override
    public CaseView recordRescreening(String caseId, ScreeningResult result) {
        VerificationCase c = store.find(caseId);
        if (!c.isDecided()) {
            return recordScreening(caseId, result);
        }
        if (c.applyRescreening(result, store.now())) {
            CaseLogContext.run(caseId, () -> LOG.warnf("re-screening matched a decided case: outcome=%s list=%s; finding"
                    + " recorded for compliance, decision unchanged", result.outcome(), result.listVersion()));
            store.audit("SCREENING_MATCH_AFTER_DECISION outcome=" + result.outcome(), caseId, "screening");
        } else {
            store.audit("RESCREENED_AFTER_DECISION outcome=" + (result == null ? "UNAVAILABLE" : result.outcome()),
                    caseId, "screening");
        }
        return c.toView();
    }

    @Override
    public List<CaseApplicant> applicants(int firstResult, int max) {
        List<String> ids = em.createNamedQuery(VerificationCase.ALL_BY_CREATION, String.class)
                .setFirstResult(firstResult).setMaxResults(max).getResultList();
        return readForScreening(ids, "rescreening", "APPLICANT_READ_FOR_RESCREENING");
    }

    @Override
    public List<CaseApplicant> unscreened(Duration minAge, int max) {
        List<String> ids = em.createNamedQuery(VerificationCase.UNSCREENED, String.class)
                .setParameter("openedBefore", store.now().minus(minAge)).setMaxResults(max).getResultList();
        return readForScreening(ids, "screening-sweep", "APPLICANT_READ_FOR_SCREENING");
    }

    /** Each case's applicant read in its own transaction, every read audited as {@code action}. */
    private List<CaseApplicant> readForScreening(List<String> ids, String job, String action) {
        List<CaseApplicant> page = store.readEach(ids, job, VerificationCase::caseApplicant, id -> { });
        page.forEach(a -> store.audit(action, a.caseId(), "screening"));
        return page;
    }
}
