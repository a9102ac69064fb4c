package org.ekyc.hub.verification.api.screening;

/**
 * The screening verdict for one person. A {@code HIT} is a match a reviewer must confirm or
 * dismiss before the case goes on; a {@code POTENTIAL} match routes the case to enhanced due
 * diligence; {@code CLEAR} means no list entry scored above the potential threshold.
 */
public enum ScreeningOutcome {
    HIT, POTENTIAL, CLEAR
}
