package org.ekyc.hub.verification.api.face;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * A face embedding: the only biometric data the engine hands out. {@code model} names the embedding
 * model (and with it the vector's length and how two are compared: L2-normalised 512-d and cosine for
 * the default model, raw 128-d and Euclidean distance for the dlib fallback) so a stored template is
 * compared only with one of the same kind.
 */
public record FaceTemplate(String model, float[] vector) {

    public FaceTemplate {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(vector, "vector");
        if (vector.length == 0) {
            throw new IllegalArgumentException("empty embedding");
        }
        vector = vector.clone();
    }

    @Override
    public float[] vector() {
        return vector.clone();
    }

    /** Little-endian float32 bytes, for the case store to encrypt. */
    public byte[] toBytes() {
        ByteBuffer buf = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(vector);
        return buf.array();
    }

    public static FaceTemplate fromBytes(String model, byte[] bytes) {
        if (bytes.length == 0 || bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("not a float32 vector");
        }
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return new FaceTemplate(model, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaceTemplate t && t.model.equals(model) && Arrays.equals(t.vector, vector);
    }

    @Override
    public int hashCode() {
        return 31 * model.hashCode() + Arrays.hashCode(vector);
    }

    @Override
    public String toString() {
        return "FaceTemplate[" + model + ", " + vector.length + "-d]";
    }
}
