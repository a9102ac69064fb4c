package org.ekyc.hub.verification.api.peer.immigration;

/** Outcome of a government registry look-up for a case. */
public enum RegistryCheckOutcome {
    /** Not asked yet. */
    PENDING,
    /** The registry knows the person and the stay/ID is valid. */
    VERIFIED,
    /** The registry knows the person but the stay/ID is not valid (expired, reported lost, ...). */
    INVALID,
    /** The registry has no matching record. */
    NOT_FOUND,
    /** The registry could not be reached; the check is retried later, nothing is lost (recorded as PENDING). */
    UNAVAILABLE,
    /**
     * The registry refused the hub's own credentials (WS-Security authentication failed): no answer
     * about the person. Like {@link #UNAVAILABLE} the check is recorded as {@link #PENDING}, with its
     * own reason, because retrying does not help until an operator fixes the credentials.
     */
    ACCESS_REFUSED
}
