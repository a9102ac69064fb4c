package org.ekyc.hub.verification.internal;

import jakarta.ejb.Stateless;
import java.util.List;
import org.ekyc.hub.verification.api.CaseApplicant;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.api.screening.ScreeningStep;

/** Records sanctions/PEP screenings and pages through the applicants for re-screening. */
@Stateless
public class ScreeningStepBean extends CaseFacadeBean implements ScreeningStep {

    @Override
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
    public List<CaseApplicant> applicants(int firstResult, int max) {
        List<String> ids = em.createNamedQuery(VerificationCase.ALL_BY_CREATION, String.class)
                .setFirstResult(firstResult).setMaxResults(max).getResultList();
        List<CaseApplicant> page = store.readEach(ids, "rescreening", VerificationCase::caseApplicant, id -> { });
        page.forEach(a -> store.audit("APPLICANT_READ_FOR_RESCREENING", a.caseId(), "screening"));
        return page;
    }
}
