package org.ekyc.hub.verification.api.review;

/**
 * Source-of-funds evidence a reviewer examined for an enhanced-due-diligence case.
 *
 * @param reviewer    the reviewer's employee id
 * @param source      where the funds come from
 * @param evidenceRef the reference of the document seen (payslip, tax certificate, sale contract…) in the
 *                    institution's document store (kept encrypted)
 * @param note        what the reviewer noted, may be null (personal data: kept encrypted, never shown)
 */
public record SourceOfFunds(String reviewer, FundsSource source, String evidenceRef, String note) {
}
