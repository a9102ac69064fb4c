package org.ekyc.hub.routes.flow;

import org.ekyc.hub.verification.api.peer.PeerChecks;
import org.ekyc.hub.verification.api.peer.PeerQuestion;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.resident.ResidentRegistryPort;
import org.ekyc.hub.verification.api.peer.tax.TaxAuthorityPort;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;

/**
 * The resident registry and tax authority checks of a case, for any channel: the peer is asked
 * outside any transaction and only the outcome is recorded. A peer that gives no answer leaves the
 * check PENDING, the query kept sealed on the case until the background retry
 * ({@link PendingCheckRetryRoutes}) gets an answer (then erased). An answered check keeps only its
 * outcome, never the number. A query whose request cannot be built is the case's error: REVIEW with
 * PEER_REQUEST_INVALID, nothing pending.
 */
public final class RegistryCheckFlow {

    private final PeerChecks checks;
    private final ResidentRegistryPort residentRegistry;
    private final TaxAuthorityPort taxAuthority;

    public RegistryCheckFlow(PeerChecks checks, ResidentRegistryPort residentRegistry,
                             TaxAuthorityPort taxAuthority) {
        this.checks = checks;
        this.residentRegistry = residentRegistry;
        this.taxAuthority = taxAuthority;
    }

    /**
     * Asks the resident registry about the ID card the app read (only for a case whose document is a
     * resident ID card or driver's licence) and records the outcome; no answer → PENDING with
     * RESIDENT_REGISTRY_UNAVAILABLE.
     */
    public CaseView residentCheck(String caseId, ResidentIdQuery query) {
        ResidentIdQuery asked = checks.ask(new PeerQuestion.ResidentCard(query));
        try {
            return checks.record(caseId, residentRegistry.verify(asked));
        } catch (PeerException ex) {
            if (ex.kind() == PeerException.Kind.REQUEST_UNBUILDABLE) {
                return checks.recordRequestInvalid(asked, ex.getMessage());
            }
            // kept sealed on the case; the resident-check-retry route asks again when the registry is back
            return checks.recordNoAnswer(asked);
        }
    }

    /**
     * Asks the tax authority for the case's filing status and income band in a tax year and records
     * them; no answer → PENDING with TAX_AUTHORITY_UNAVAILABLE.
     */
    public CaseView incomeCheck(String caseId, int taxYear, String registrationNumber, String name) {
        TaxQuery query = checks.ask(new PeerQuestion.IncomeStatus(caseId, taxYear, registrationNumber, name));
        try {
            return checks.record(caseId, taxAuthority.incomeStatus(query));
        } catch (PeerException ex) {
            if (ex.kind() == PeerException.Kind.REQUEST_UNBUILDABLE) {
                return checks.recordRequestInvalid(query, ex.getMessage());
            }
            // kept sealed on the case; the income-check-retry route asks again when the authority is back
            return checks.recordNoAnswer(query);
        }
    }
}
