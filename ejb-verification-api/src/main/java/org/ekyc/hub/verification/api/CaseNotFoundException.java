package org.ekyc.hub.verification.api;

import jakarta.ejb.ApplicationException;

/** No case with the given id exists (or the caller may not see it). */
@ApplicationException(rollback = true)
public class CaseNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String caseId;

    public CaseNotFoundException(String caseId) {
        super(ReasonCode.CASE_NOT_FOUND.name() + ": " + caseId);
        this.caseId = caseId;
    }

    public String caseId() {
        return caseId;
    }
}
