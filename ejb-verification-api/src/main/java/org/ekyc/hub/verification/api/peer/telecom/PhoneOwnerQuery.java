package org.ekyc.hub.verification.api.peer.telecom;

import org.ekyc.hub.verification.api.peer.Peer;
import org.ekyc.hub.verification.api.peer.PeerQuery;

/**
 * The phone verification of a case as a {@link PeerQuery}, for {@code PeerChecks.recordRequestInvalid}: the
 * carrier's 0100 could not be built from the case's values. The phone check has no pending state (the
 * applicant repeats the interactive exchange), so nothing is kept or retried; the case goes to a person.
 *
 * @param caseId the case
 */
public record PhoneOwnerQuery(String caseId) implements PeerQuery {

    public PhoneOwnerQuery {
        if (caseId == null) {
            throw new IllegalArgumentException("caseId is required");
        }
    }

    @Override
    public Peer peer() {
        return Peer.TELECOM_IDENTITY;
    }
}
