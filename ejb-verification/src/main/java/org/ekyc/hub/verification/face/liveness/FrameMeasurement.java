package org.ekyc.hub.verification.face.liveness;

import java.util.Objects;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * What the models measured on one liveness frame. A frame without a usable face carries the reason
 * ({@code problem}: FACE_NOT_FOUND, FACE_MULTIPLE, FACE_TOO_SMALL) and NaN measurements.
 *
 * @param capturedAtMillis client capture time since the start of the recording
 * @param frameHash        sha256 of the frame's encoded bytes (replay detection)
 * @param faceCount        faces the detector found
 * @param yawDegrees       head yaw, positive when the person turns to their left
 * @param eyeAspectRatio   mean eye aspect ratio of both eyes
 * @param eyeClosedProb    eye-state model's mean probability that the eyes are closed
 * @param liveScore        fused passive anti-spoof P(live)
 * @param embedding        L2-normalised face embedding, or null without a usable face
 * @param problem          why the frame has no usable face, or null when it has one
 */
public record FrameMeasurement(long capturedAtMillis, String frameHash, int faceCount, double yawDegrees,
                               double eyeAspectRatio, double eyeClosedProb, double liveScore, float[] embedding,
                               ReasonCode problem) {

    public FrameMeasurement {
        Objects.requireNonNull(frameHash, "frameHash");
        if (faceCount < 0) {
            throw new IllegalArgumentException("faceCount < 0");
        }
        if (problem == null && (faceCount != 1 || embedding == null)) {
            throw new IllegalArgumentException("a usable frame has one face and its embedding");
        }
        embedding = embedding == null ? null : embedding.clone();
    }

    /** A frame with one usable face, measured. */
    public FrameMeasurement(long capturedAtMillis, String frameHash, int faceCount, double yawDegrees,
                            double eyeAspectRatio, double eyeClosedProb, double liveScore, float[] embedding) {
        this(capturedAtMillis, frameHash, faceCount, yawDegrees, eyeAspectRatio, eyeClosedProb, liveScore, embedding, null);
    }

    /** A frame without a usable face (none, several, or one too small): nothing measured, the reason kept. */
    public static FrameMeasurement unusable(long capturedAtMillis, String frameHash, int faceCount, ReasonCode problem) {
        return new FrameMeasurement(capturedAtMillis, frameHash, faceCount, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, null, Objects.requireNonNull(problem, "problem"));
    }

    /** Exactly one face, large enough to measure. */
    public boolean usable() {
        return problem == null;
    }

    @Override
    public float[] embedding() {
        return embedding == null ? null : embedding.clone();
    }
}
