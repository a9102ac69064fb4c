package org.ekyc.hub.verification.api.screening;

import jakarta.ejb.Local;
import java.time.Duration;
import java.util.List;
import org.ekyc.hub.verification.api.CaseApplicant;
import org.ekyc.hub.verification.api.CaseView;

/** The sanctions/PEP screening step of a case, and re-screening after a list update. */
@Local
public interface ScreeningStep {

    /**
     * Records the sanctions/PEP screening of the applicant: a HIT sends the case to a compliance
     * review, a POTENTIAL match to review with enhanced due diligence; {@code null} means screening
     * was not available (reason SCREENING_UNAVAILABLE). A match on the PEP list only is no sanctions
     * hit: reason PEP_MATCH, and the risk tier becomes ENHANCED.
     *
     * @throws org.ekyc.hub.verification.api.InvalidRequestException CASE_ALREADY_DECIDED on an approved
     *         or rejected case (nothing recorded but the audit of the refusal)
     */
    CaseView recordScreening(String caseId, ScreeningResult result);

    /**
     * Records a re-screening after a list update. On a case not yet decided it is
     * {@link #recordScreening}. On an approved or rejected case the decision and the status stand:
     * a HIT, POTENTIAL or PEP match adds the finding SCREENING_MATCH_AFTER_DECISION for compliance
     * (audited and logged at WARN), a CLEAR result or {@code null} changes nothing.
     */
    CaseView recordRescreening(String caseId, ScreeningResult result);

    /**
     * Applicants of cases not decided yet that have no screening (screening was unavailable when they
     * were opened), opened at least {@code minAge} ago, oldest first, at most {@code max}: for the
     * background sweep that screens them. Each case is read in its own transaction and every read is
     * audited; an unreadable case is logged and left out.
     */
    List<CaseApplicant> unscreened(Duration minAge, int max);

    /**
     * Applicants of all cases, in a stable order, a page at a time: for re-screening after a
     * sanctions list update. Every read is audited. A case whose sealed values cannot be opened (wrong
     * key, altered row) is logged and left out, so a page may hold fewer than {@code max}; page on
     * until a page comes back empty.
     */
    List<CaseApplicant> applicants(int firstResult, int max);
}
