package org.ekyc.hub.verification.document.synth;

/** What a synthetic capture suffers from. */
public enum Degradation {
    NONE, BLUR, DARK, GLARE, ROTATION, PERSPECTIVE, JPEG_NOISE
}
