package org.ekyc.hub.verification.face;

import java.util.Objects;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.face.internal.Detection;

/**
 * The face chosen in an image, or the reason none can be used. {@code faceCount} counts every face
 * the detector found; {@code face} is the largest one, or null when there is none.
 */
public record FaceFinding(Detection face, int faceCount, ReasonCode problem) {

    public FaceFinding {
        if (faceCount < 0 || (face == null) != (faceCount == 0)) {
            throw new IllegalArgumentException("face and faceCount disagree");
        }
        if (problem == null && face == null) {
            throw new IllegalArgumentException("no face needs a reason");
        }
    }

    public boolean usable() {
        return problem == null;
    }

    public Detection requireFace() {
        return Objects.requireNonNull(face, "no face");
    }
}
