package org.ekyc.hub.verification.api.review;

/** What the reviewer concluded from a video interview with the applicant. */
public enum InterviewOutcome {
    /** The person on the call is the applicant and the answers are consistent: counts as the FSC video call and the enhanced interview. */
    CONFIRMED,
    /** The person could not be confirmed (other person, inconsistent answers): counts as nothing. */
    NOT_CONFIRMED,
    /** The call ended without a conclusion (connection lost, no document shown): counts as nothing. */
    INCONCLUSIVE
}
