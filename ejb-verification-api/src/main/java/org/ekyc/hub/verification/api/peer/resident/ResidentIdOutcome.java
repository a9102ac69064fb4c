package org.ekyc.hub.verification.api.peer.resident;

/** The resident registry's answer about an ID card (or driver's licence) presented by the applicant. */
public enum ResidentIdOutcome {
    /** Name, number and issue date belong to one valid card. */
    MATCH,
    /** No card with these details (wrong issue date: an older, replaced card; or no such person). */
    NO_MATCH,
    /** The card was reported lost or stolen. */
    REPORTED_LOST
}
