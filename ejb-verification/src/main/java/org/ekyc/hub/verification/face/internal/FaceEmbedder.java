package org.ekyc.hub.verification.face.internal;

import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import org.ekyc.hub.verification.face.BgrImage;
import org.ekyc.hub.verification.face.ModelRegistry;

/**
 * faceplugin_fr_feature: the face aligned by a 5-point similarity transform onto the ArcFace
 * 112×112 template, RGB, (x − 127) / 128; 512-d output, L2-normalised here.
 */
public final class FaceEmbedder {

    public static final String MODEL_ID = "faceplugin_fr_feature/arcface112";
    public static final int SIDE = 112;

    private final ModelRegistry models;
    private final OrtSession session;
    private final ThreadLocal<FloatBuffer> input = Tensors.buffer(3 * SIDE * SIDE);

    public FaceEmbedder(ModelRegistry models) {
        this.models = models;
        this.session = models.session(ModelRegistry.Model.EMBEDDING);
    }

    public static BgrImage align(BgrImage img, Detection face) {
        SimilarityTransform toTemplate = SimilarityTransform.estimate(face.landmarks(), SimilarityTransform.ARCFACE_112);
        return ImageOps.warp(img, toTemplate.inverse(), SIDE, SIDE);
    }

    public float[] embed(BgrImage img, Detection face) {
        FloatBuffer in = input.get();
        ImageOps.toChw(align(img, face), in, true, 127f, 1f / 128f);
        float[] v = Tensors.run(models.environment(), session, in, new long[] {1, 3, SIDE, SIDE}, Tensors::first);
        return normalise(v);
    }

    public static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.max(norm, 1e-12));
        }
        return out;
    }

    /** Cosine similarity; for L2-normalised vectors, their dot product. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("embeddings of different length");
        }
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.max(Math.sqrt(na * nb), 1e-12);
    }
}
