package org.ekyc.hub.verification.api.peer.tax;

/** What the tax authority knows of a person's income filing or a business's registration for a tax year. */
public enum TaxFilingStatus {
    /** Person: an income tax return (or withholding statement) exists for the year. */
    FILED,
    /** Person: known, but nothing filed for the year. */
    NOT_FILED,
    /** Business: registered and operating. */
    REGISTERED,
    /** Business: no such registration. */
    NOT_REGISTERED,
    /** Business: registration closed (폐업). */
    CLOSED,
    /** No taxpayer with this number and name. */
    UNKNOWN;

    /** Whether this status evidences declared income (source of funds). */
    public boolean declaresIncome() {
        return this == FILED || this == REGISTERED;
    }
}
