package org.ekyc.hub.verification.api.risk;

/** What ENHANCED adds for a human reviewer. */
public enum EnhancedTask {
    VIDEO_INTERVIEW, SOURCE_OF_FUNDS
}
