package org.ekyc.hub.verification.api.peer.tax;

import org.ekyc.hub.verification.api.peer.PeerAnswer;
import org.ekyc.hub.verification.api.peer.Peer;

/**
 * The tax authority's answer for a tax year.
 *
 * @param status     filing (person) or registration (business) status
 * @param incomeBand declared income band; {@link IncomeBand#NONE} when nothing is declared
 * @param taxYear    the year asked about
 * @param peerCode   the authority's own result code, for audit
 */
public record TaxStatus(TaxFilingStatus status, IncomeBand incomeBand, int taxYear, String peerCode) implements PeerAnswer {

    @Override
    public Peer peer() {
        return Peer.TAX_AUTHORITY;
    }

    public TaxStatus {
        if (status == null || incomeBand == null) {
            throw new IllegalArgumentException("status and incomeBand are required");
        }
    }
}
