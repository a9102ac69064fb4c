package org.ekyc.hub.verification.api.peer.credit;

import org.ekyc.hub.verification.api.peer.PeerAnswer;
import org.ekyc.hub.verification.api.peer.Peer;

/**
 * The bureau's credit summary (credit information: stored sealed, read audited).
 *
 * @param outcome     FOUND, NO_RECORD or NAME_MISMATCH
 * @param grade       credit grade 1 (best) to 10, or 0 when the bureau has too little data (thin file)
 * @param delinquent  a current delinquency (연체) is recorded
 * @param openLoans   number of open loans
 * @param balanceBand total outstanding balance band
 * @param peerCode    the bureau's response code, kept for audit
 */
public record CreditSummary(CreditOutcome outcome, Integer grade, Boolean delinquent, Integer openLoans,
                            BalanceBand balanceBand, String peerCode) implements PeerAnswer {

    @Override
    public Peer peer() {
        return Peer.CREDIT_BUREAU;
    }

    public CreditSummary {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required");
        }
        if (outcome == CreditOutcome.FOUND) {
            if (grade == null || grade < 0 || grade > 10 || delinquent == null || openLoans == null || openLoans < 0
                    || balanceBand == null) {
                throw new IllegalArgumentException("a found credit file needs grade 0-10, delinquency, open loans and a band");
            }
        }
    }

    /** A summary with no file details. */
    public static CreditSummary of(CreditOutcome outcome, String peerCode) {
        return new CreditSummary(outcome, null, null, null, null, peerCode);
    }
}
