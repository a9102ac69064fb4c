package org.ekyc.hub.verification.document.synth;

/**
 * What a synthetic capture suffers from. {@link #SCREEN} is not a degradation of the photo but a
 * presentation attack: the clean photo shown on a screen and photographed again ({@link ScreenRecapture}).
 */
public enum Degradation {
    NONE, BLUR, DARK, GLARE, ROTATION, PERSPECTIVE, JPEG_NOISE, SCREEN
}
