package org.ekyc.hub.verification.api;

/** Where a verification case stands. */
public enum CaseStatus {
    /** Opened with applicant basics; checks are running or waiting for the customer. */
    OPENED,
    /** Waiting for a human reviewer. */
    REVIEW,
    APPROVED,
    REJECTED,
    /** The customer must repeat a step (e.g. retake a photo). */
    RETRY
}
