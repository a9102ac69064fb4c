package org.ekyc.hub.verification.api.document;

/** What a finding asks for. */
public enum Severity {
    /** Take the photo again: the image cannot be read reliably. */
    RETAKE,
    /** A person must look: a soft signal such as a checksum that newer numbers do not have. */
    REVIEW,
    /** The document is not acceptable (expired, inconsistent check digits, forged fields). */
    REJECT
}
