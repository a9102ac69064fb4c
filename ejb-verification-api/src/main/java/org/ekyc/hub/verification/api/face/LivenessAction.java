package org.ekyc.hub.verification.api.face;

/**
 * An action the customer performs during the active liveness check. Left and right are the
 * customer's own (turning left moves the nose towards the right edge of an unmirrored frame).
 */
public enum LivenessAction {
    TURN_LEFT,
    TURN_RIGHT,
    BLINK
}
