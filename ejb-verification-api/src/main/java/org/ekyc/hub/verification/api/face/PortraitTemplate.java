package org.ekyc.hub.verification.api.face;

import java.util.Objects;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * The face template of a document's portrait, or why the portrait's face cannot be used (the face
 * engine's {@code FACE_*} code, for the evidence of a document retake: never a reason shown as a selfie problem).
 *
 * @param template the portrait's embedding; null when unusable
 * @param problem  null when usable; else FACE_NOT_FOUND, FACE_MULTIPLE, FACE_TOO_SMALL or FACE_POSE_EXTREME
 */
public record PortraitTemplate(FaceTemplate template, ReasonCode problem) {

    public PortraitTemplate {
        if ((template == null) == (problem == null)) {
            throw new IllegalArgumentException("either a template or a problem");
        }
    }

    public static PortraitTemplate of(FaceTemplate template) {
        return new PortraitTemplate(Objects.requireNonNull(template, "template"), null);
    }

    public static PortraitTemplate unusable(ReasonCode problem) {
        return new PortraitTemplate(null, Objects.requireNonNull(problem, "problem"));
    }

    public boolean usable() {
        return template != null;
    }
}
