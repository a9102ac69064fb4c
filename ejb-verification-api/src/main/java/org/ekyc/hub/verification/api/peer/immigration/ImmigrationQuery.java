package org.ekyc.hub.verification.api.peer.immigration;

import org.ekyc.hub.verification.api.peer.PeerQuery;
import org.ekyc.hub.verification.api.peer.Peer;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Applicant;

/**
 * What the immigration registry is asked about a case: the applicant and, when known, the
 * registration number; once a document is accepted on the case, the values read from it where it has
 * them. Holds personal data: built by the engine for the registry look-up only.
 */
public record ImmigrationQuery(String caseId, Applicant applicant, String registrationNumber) implements PeerQuery {

    @Override
    public Peer peer() {
        return Peer.IMMIGRATION_REGISTRY;
    }

    public ImmigrationQuery {
        if (caseId == null || applicant == null) {
            throw new IllegalArgumentException("caseId and applicant are required");
        }
    }

    public static ImmigrationQuery of(String caseId, OpenCaseCommand command) {
        return new ImmigrationQuery(caseId, command.applicant(), command.registrationNumber());
    }
}
