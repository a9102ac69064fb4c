package org.ekyc.hub.verification.api.screening;

import jakarta.ejb.Local;
import java.util.List;
import org.ekyc.hub.verification.api.CaseApplicant;
import org.ekyc.hub.verification.api.CaseView;

/** The sanctions/PEP screening step of a case, and re-screening after a list update. */
@Local
public interface ScreeningStep {

    /**
     * Records the sanctions/PEP screening of the applicant: a HIT sends the case to a compliance
     * review, a POTENTIAL match to review with enhanced due diligence; {@code null} means screening
     * was not available (reason SCREENING_UNAVAILABLE).
     */
    CaseView recordScreening(String caseId, ScreeningResult result);

    /**
     * Applicants of all cases, in a stable order, a page at a time: for re-screening after a
     * sanctions list update. Every read is audited. A case whose sealed values cannot be opened (wrong
     * key, altered row) is logged and left out, so a page may hold fewer than {@code max}; page on
     * until a page comes back empty.
     */
    List<CaseApplicant> applicants(int firstResult, int max);
}
