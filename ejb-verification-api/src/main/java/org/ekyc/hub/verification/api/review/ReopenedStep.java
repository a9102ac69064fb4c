package org.ekyc.hub.verification.api.review;

/**
 * The customer's step a reviewer's MORE_INFO decision re-opens: the document (a new upload) or the face (consent,
 * liveness challenge and selfie again). Only that step is taken until the customer has resubmitted it.
 */
public enum ReopenedStep {
    DOCUMENT, FACE
}
