package org.ekyc.hub.verification.api.peer.corebanking;

import java.time.LocalDate;

/**
 * What core banking is told to open an account for an approved case. Holds personal data: built by
 * the engine for the account-opening route only, never logged. The case id is the order's key: core
 * banking answers an order repeated for the same case with the account it opened the first time.
 *
 * @param caseId            the approved case (also the idempotency key of the order)
 * @param customerReference the channel's reference of the applicant, may be null
 * @param product           the product code, {@code ACCOUNT}
 * @param surname           as on the case (Latin)
 * @param givenNames        as on the case (Latin), may be null
 * @param birthDate         the applicant's birth date
 * @param riskTier          STANDARD or ENHANCED, so core banking can apply its own limits
 * @param attempt           1 for the first send, 2 for the first retry, …
 */
public record AccountOpeningOrder(String caseId, String customerReference, String product, String surname,
                                  String givenNames, LocalDate birthDate, String riskTier, int attempt) {

    public AccountOpeningOrder {
        if (caseId == null || caseId.isBlank() || surname == null || birthDate == null) {
            throw new IllegalArgumentException("caseId, surname and birthDate are required");
        }
    }

    /** No personal data: for logs and exceptions. */
    @Override
    public String toString() {
        return "AccountOpeningOrder[caseId=" + caseId + ", attempt=" + attempt + "]";
    }
}
