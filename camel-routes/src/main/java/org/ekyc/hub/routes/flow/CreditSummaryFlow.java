package org.ekyc.hub.routes.flow;

import org.ekyc.hub.verification.api.peer.PeerQuestion;
import org.ekyc.hub.verification.api.peer.PeerChecks;
import org.ekyc.hub.verification.api.CaseLifecycle;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.credit.CreditBureauPort;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;
import org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry;

/**
 * The credit summary of a loan case: the engine checks product and consent and builds the enquiry,
 * the port asks the bureau (with retries), the engine records the answer sealed. An unavailable bureau
 * is recorded too (credit check PENDING, CREDIT_BUREAU_UNAVAILABLE) before the typed error goes back. An
 * enquiry the bureau's telegram cannot carry (a control character, no MS949 encoding, a name over its 40
 * bytes) is the case's error: the bureau is not asked, the case goes to REVIEW with PEER_REQUEST_INVALID and
 * nothing is pending.
 */
public final class CreditSummaryFlow {

    /** The case after the enquiry and the summary recorded on it. */
    public record Result(CaseView caseView, CreditSummary summary) {
    }

    private final CaseLifecycle cases;
    private final PeerChecks checks;
    private final CreditBureauPort bureau;

    public CreditSummaryFlow(CaseLifecycle cases, PeerChecks checks, CreditBureauPort bureau) {
        this.cases = cases;
        this.checks = checks;
        this.bureau = bureau;
    }

    public Result enquire(String caseId, boolean consent) throws PeerException {
        var request = checks.ask(new PeerQuestion.CreditEnquiry(caseId, consent));
        CreditSummary summary;
        try {
            summary = bureau.creditSummary(request);
        } catch (PeerException e) {
            if (e.kind() == PeerException.Kind.REQUEST_UNBUILDABLE) {
                // the case's error, not the bureau's: to a person, nothing pending
                return new Result(checks.recordRequestInvalid(new PendingCreditEnquiry(caseId, request), e.getMessage()), null);
            }
            if (e.kind() == PeerException.Kind.UNAVAILABLE) {
                checks.recordNoAnswer(new PendingCreditEnquiry(caseId, request));
            }
            throw e;
        }
        return new Result(checks.record(caseId, summary), summary);
    }

    /** The case's credit check and the last summary recorded on the case (none: null). */
    public Result current(String caseId) {
        CreditSummary summary = checks.creditSummary(caseId);
        return new Result(cases.getCase(caseId), summary);
    }

    /**
     * Asks the bureau again for a check left PENDING (the background retry) and records what
     * comes back with the same engine call as {@link #enquire}, so the case moves exactly as if the
     * caller had asked. No usable answer — unavailable, or a malformed reply — is one more failed try:
     * the check stays PENDING, due again after the back-off; an enquiry that cannot be built leaves the
     * rotation for REVIEW (PEER_REQUEST_INVALID). Returns the case, or the typed error when there was no
     * answer (already recorded).
     */
    public CaseView resume(PendingCreditEnquiry pending) throws PeerException {
        CreditSummary summary;
        try {
            summary = bureau.creditSummary(pending.request());
        } catch (PeerException e) {
            if (e.kind() == PeerException.Kind.REQUEST_UNBUILDABLE) {
                // leaves the retry rotation: asking again cannot help
                return checks.recordRequestInvalid(pending, e.getMessage());
            }
            checks.recordNoAnswer(pending);
            throw e;
        }
        return checks.record(pending.caseId(), summary);
    }
}
