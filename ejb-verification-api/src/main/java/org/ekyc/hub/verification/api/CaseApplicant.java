package org.ekyc.hub.verification.api;

/** A case's applicant, for work over many cases such as re-screening after a list update. Personal data. */
public record CaseApplicant(String caseId, Applicant applicant) {

    public CaseApplicant {
        if (caseId == null || applicant == null) {
            throw new IllegalArgumentException("caseId and applicant are required");
        }
    }
}
