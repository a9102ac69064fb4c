package org.ekyc.hub.verification.face;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ekyc.hub.verification.face.internal.Point;
import org.ekyc.hub.verification.face.internal.SimilarityTransform;

/**
 * The face embedding models the engine can run, one at a time, chosen by configuration: system property
 * {@value #PROPERTY}, else environment variable {@value #ENVIRONMENT}; {@code fr_feature} (default) or
 * {@code dlib}. Each has its own alignment template, input normalisation, way of comparing two vectors and
 * (in {@link FacePolicy#calibrated(EmbeddingModel)}) thresholds: templates of two models never meet.
 * <p>
 * Both comparisons are reported as a <em>similarity</em>, higher = more alike, so that one set of rules
 * (MATCH ≥ match threshold, REVIEW ≥ review threshold) serves both: cosine for fr_feature, 1 − Euclidean
 * distance for dlib (whose own rule "distance below 0.6 is the same person" is similarity above 0.4).
 */
public enum EmbeddingModel {

    /** faceplugin fr_feature: 512-d, ArcFace 112 template, RGB (x − 127) / 128, L2-normalised, cosine. */
    FR_FEATURE("fr_feature", ModelRegistry.Model.EMBEDDING, "faceplugin_fr_feature/arcface112",
            SimilarityTransform.ARCFACE_112, 112, new float[] {127f, 127f, 127f}, 1f / 128f, true),

    /**
     * dlib_face_recognition_resnet_model_v1 (public-domain weights, converted to ONNX): 128-d, dlib's
     * 150 px face chip with padding 0.25, RGB (x − per-channel mean) / 256, raw vector, Euclidean distance.
     */
    DLIB("dlib", ModelRegistry.Model.DLIB_EMBEDDING, "dlib_resnet_v1/chip150",
            List.of(new Point(47.5492, 46.5990), new Point(100.4761, 46.5990), new Point(74.0127, 76.5625),
                    new Point(50.4149, 103.0233), new Point(97.6104, 103.0233)),
            150, new float[] {122.782f, 117.001f, 104.298f}, 1f / 256f, false);

    public static final String PROPERTY = "kyc.face.embedder";
    public static final String ENVIRONMENT = "KYC_FACE_EMBEDDER";

    private final String configName;
    private final ModelRegistry.Model file;
    private final String templateId;
    private final List<Point> template;
    private final int side;
    private final float[] meanRgb;
    private final float scale;
    private final boolean cosine;

    EmbeddingModel(String configName, ModelRegistry.Model file, String templateId, List<Point> template, int side,
                   float[] meanRgb, float scale, boolean cosine) {
        this.configName = configName;
        this.file = file;
        this.templateId = templateId;
        this.template = List.copyOf(template);
        this.side = side;
        this.meanRgb = meanRgb;
        this.scale = scale;
        this.cosine = cosine;
    }

    /** The model chosen by {@value #PROPERTY} / {@value #ENVIRONMENT}; fr_feature when neither is set. */
    public static EmbeddingModel configured() {
        return configured(System.getProperty(PROPERTY), System.getenv());
    }

    static EmbeddingModel configured(String property, Map<String, String> env) {
        String name = property != null && !property.isBlank() ? property : env.get(ENVIRONMENT);
        if (name == null || name.isBlank()) {
            return FR_FEATURE;
        }
        for (EmbeddingModel m : values()) {
            if (m.configName.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new ModelException("unknown face embedder '" + name + "' (from -D" + PROPERTY + " or " + ENVIRONMENT
                + "): use fr_feature or dlib");
    }

    /** The name used in configuration. */
    public String configName() {
        return configName;
    }

    /** The ONNX file it runs. */
    public ModelRegistry.Model model() {
        return file;
    }

    /** The {@code FaceTemplate.model()} of its embeddings. */
    public String templateId() {
        return templateId;
    }

    /** The 5-point alignment template, YuNet landmark order, in pixels of a {@link #side()}² crop. */
    public List<Point> template() {
        return template;
    }

    public int side() {
        return side;
    }

    /** Per-channel mean subtracted from R, G, B before {@link #scale()}. */
    public float mean(int rgbChannel) {
        return meanRgb[rgbChannel];
    }

    public float scale() {
        return scale;
    }

    /** Whether embeddings are L2-normalised and compared by cosine (else raw and compared by Euclidean distance). */
    public boolean cosine() {
        return cosine;
    }

    /** Higher = more alike: cosine, or 1 − Euclidean distance. */
    public double similarity(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("embeddings of different length");
        }
        if (cosine) {
            double dot = 0, na = 0, nb = 0;
            for (int i = 0; i < a.length; i++) {
                dot += a[i] * b[i];
                na += a[i] * a[i];
                nb += b[i] * b[i];
            }
            return dot / Math.max(Math.sqrt(na * nb), 1e-12);
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return 1 - Math.sqrt(sum);
    }
}
