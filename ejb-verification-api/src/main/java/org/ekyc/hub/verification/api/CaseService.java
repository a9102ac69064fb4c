package org.ekyc.hub.verification.api;

import jakarta.ejb.Local;

/**
 * The verification engine's facade for channels. Implementations are transactional; every
 * method audits the access to personal data it makes.
 */
@Local
public interface CaseService {

    /** Opens and persists a case; registry checks start as {@link RegistryCheckOutcome#PENDING}. */
    CaseView openCase(OpenCaseCommand command);

    /** @throws CaseNotFoundException when there is no such case */
    CaseView getCase(String caseId);

    /** Records the immigration registry's answer and derives the case's reasons from it. */
    CaseView recordStayStatus(String caseId, StayStatus stayStatus);

    /** True when the case store answers a trivial query; for readiness probes. */
    boolean storeReachable();
}
