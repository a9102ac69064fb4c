package org.ekyc.hub.verification.face.internal;

import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import org.ekyc.hub.verification.face.BgrImage;
import org.ekyc.hub.verification.face.EmbeddingModel;
import org.ekyc.hub.verification.face.ModelRegistry;

/**
 * The configured embedding model ({@link EmbeddingModel}): the face aligned by a 5-point similarity
 * transform onto the model's template, RGB with the model's normalisation; the vector L2-normalised for
 * fr_feature (compared by cosine), kept raw for dlib (compared by Euclidean distance).
 */
public final class FaceEmbedder {

    /** The template id of fr_feature embeddings, the default model. */
    public static final String MODEL_ID = EmbeddingModel.FR_FEATURE.templateId();

    private final ModelRegistry models;
    private final EmbeddingModel model;
    private final OrtSession session;
    private final ThreadLocal<FloatBuffer> input;

    public FaceEmbedder(ModelRegistry models) {
        this.models = models;
        this.model = models.embedder();
        this.session = models.session(model.model());
        this.input = Tensors.buffer(3 * model.side() * model.side());
    }

    public EmbeddingModel model() {
        return model;
    }

    /** The face warped onto the ArcFace 112 template (fr_feature's alignment). */
    public static BgrImage align(BgrImage img, Detection face) {
        return align(img, face, EmbeddingModel.FR_FEATURE);
    }

    public static BgrImage align(BgrImage img, Detection face, EmbeddingModel model) {
        SimilarityTransform toTemplate = SimilarityTransform.estimate(face.landmarks(), model.template());
        return ImageOps.warp(img, toTemplate.inverse(), model.side(), model.side());
    }

    public float[] embed(BgrImage img, Detection face) {
        FloatBuffer in = input.get();
        ImageOps.toRgbChw(align(img, face, model), in, model.mean(0), model.mean(1), model.mean(2), model.scale());
        int side = model.side();
        float[] v = Tensors.run(models.environment(), session, in, new long[] {1, 3, side, side}, Tensors::first);
        return model.cosine() ? normalise(v) : v;
    }

    /** Higher = more alike, in the model's own measure (cosine, or 1 − Euclidean distance). */
    public double similarity(float[] a, float[] b) {
        return model.similarity(a, b);
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
        return EmbeddingModel.FR_FEATURE.similarity(a, b);
    }
}
