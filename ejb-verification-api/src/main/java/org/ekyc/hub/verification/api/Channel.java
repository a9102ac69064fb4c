package org.ekyc.hub.verification.api;

/** The channel a case came in on; the decision goes back on the same channel. */
public enum Channel {
    REST, SOAP, MQ, BATCH
}
