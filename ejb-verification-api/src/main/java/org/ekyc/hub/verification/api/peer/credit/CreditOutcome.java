package org.ekyc.hub.verification.api.peer.credit;

/** What the credit bureau said, in the hub's words. */
public enum CreditOutcome {
    /** The bureau has a file: grade, delinquency, open loans and balance band are given. */
    FOUND,
    /** No file for this registration number. */
    NO_RECORD,
    /** A file exists under the number but with another name. */
    NAME_MISMATCH
}
