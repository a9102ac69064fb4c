package org.ekyc.hub.verification.face.liveness;

import java.util.Objects;

/**
 * What the models measured on one liveness frame. A frame without exactly one usable face has
 * {@code faceCount} ≠ 1 and NaN measurements.
 *
 * @param capturedAtMillis client capture time since the start of the recording
 * @param frameHash        sha256 of the frame's encoded bytes (replay detection)
 * @param faceCount        faces the detector found
 * @param yawDegrees       head yaw, positive when the person turns to their left
 * @param eyeAspectRatio   mean eye aspect ratio of both eyes
 * @param eyeClosedProb    eye-state model's mean probability that the eyes are closed
 * @param liveScore        fused passive anti-spoof P(live)
 * @param embedding        L2-normalised face embedding, or null without a face
 */
public record FrameMeasurement(long capturedAtMillis, String frameHash, int faceCount, double yawDegrees,
                               double eyeAspectRatio, double eyeClosedProb, double liveScore, float[] embedding) {

    public FrameMeasurement {
        Objects.requireNonNull(frameHash, "frameHash");
        if (faceCount < 0) {
            throw new IllegalArgumentException("faceCount < 0");
        }
        if (faceCount == 1 && embedding == null) {
            throw new IllegalArgumentException("a frame with one face needs its embedding");
        }
        embedding = embedding == null ? null : embedding.clone();
    }

    /** A frame with no face or several faces: nothing measured. */
    public static FrameMeasurement withoutFace(long capturedAtMillis, String frameHash, int faceCount) {
        return new FrameMeasurement(capturedAtMillis, frameHash, faceCount, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, null);
    }

    public boolean oneFace() {
        return faceCount == 1;
    }

    @Override
    public float[] embedding() {
        return embedding == null ? null : embedding.clone();
    }

    double similarity(FrameMeasurement other) {
        double dot = 0;
        for (int i = 0; i < embedding.length; i++) {
            dot += embedding[i] * other.embedding[i];
        }
        return dot;
    }
}
