package org.ekyc.hub.routes.channel.rest;

/**
 * A loan case's credit summary: {@code creditCheck} PENDING, FOUND, NO_RECORD or NAME_MISMATCH
 * (null when never asked); grade 1-10 (0: thin file), delinquency, open loans and balance band when FOUND.
 */
public record CreditSummaryResponse(String caseId, String creditCheck, Integer grade, Boolean delinquent,
                                    Integer openLoans, String balanceBand) {
}
