package org.ekyc.hub.verification.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as channels may show it: status and check results, with the applicant's name
 * only as the caller supplied it. Reason codes explain the current status.
 */
public record CaseView(String caseId, CaseStatus status, Product product, Channel channel,
                       String externalReference, Applicant applicant,
                       RegistryCheckOutcome immigrationCheck, String stayStatusCode, LocalDate stayExpiry,
                       List<ReasonCode> reasons, Instant createdAt, Instant updatedAt) {

    public CaseView {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
