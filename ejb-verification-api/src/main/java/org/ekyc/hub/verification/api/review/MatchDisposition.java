package org.ekyc.hub.verification.api.review;

/**
 * What a reviewer concluded about one screening match of a case: the listed person is the applicant (MATCH), or is
 * not (NO_MATCH). Every match needs one before the case can be approved, and a MATCH leaves only a rejection.
 */
public enum MatchDisposition {
    MATCH, NO_MATCH
}
