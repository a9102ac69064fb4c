package org.ekyc.hub.verification.face.internal;

import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ekyc.hub.verification.face.BgrImage;
import org.ekyc.hub.verification.face.ModelRegistry;

/**
 * Eye openness of one face: the 68-point landmark model (detector box, 64×64 grey / 256) gives the
 * eye aspect ratio of both eyes (iBUG points 36–41 and 42–47); the eye-state model (24×24 grey / 255
 * patch of side 1.6 × eye width) gives the probability that the eyes are closed (softmax class 0).
 */
public final class EyeMeasurer {

    private static final int LM_SIDE = 64;
    private static final int EYE_SIDE = 24;

    /** Mean eye aspect ratio of both eyes and the mean closed-eye probability. */
    public record EyeState(double eyeAspectRatio, double closedProbability) {
    }

    private final ModelRegistry models;
    private final OrtSession landmarks;
    private final OrtSession eye;
    private final ThreadLocal<FloatBuffer> lmInput = Tensors.buffer(LM_SIDE * LM_SIDE);
    private final ThreadLocal<FloatBuffer> eyeInput = Tensors.buffer(EYE_SIDE * EYE_SIDE);

    public EyeMeasurer(ModelRegistry models) {
        this.models = models;
        this.landmarks = models.session(ModelRegistry.Model.LANDMARKS68);
        this.eye = models.session(ModelRegistry.Model.EYE_STATE);
    }

    public EyeState measure(BgrImage img, Detection face) {
        List<Point> pts = landmarks68(img, face);
        double ear = (eyeAspectRatio(pts, 36) + eyeAspectRatio(pts, 42)) / 2;
        double closed = (closedProbability(img, pts, 36) + closedProbability(img, pts, 42)) / 2;
        return new EyeState(ear, closed);
    }

    public List<Point> landmarks68(BgrImage img, Detection face) {
        int[] box = AntiSpoof.minivisionBox(img.width(), img.height(), face, 1.0);
        BgrImage crop = ImageOps.cropResize(img, box[0], box[1], box[2], box[3], LM_SIDE, LM_SIDE);
        FloatBuffer in = lmInput.get();
        ImageOps.toGray(crop, in, 1f / 256f);
        float[] out = Tensors.run(models.environment(), landmarks, in, new long[] {1, 1, LM_SIDE, LM_SIDE}, Tensors::first);
        double w = box[2] - box[0] + 1;
        double h = box[3] - box[1] + 1;
        List<Point> pts = new ArrayList<>(68);
        for (int i = 0; i < 68; i++) {
            pts.add(new Point(out[2 * i] * w + box[0], out[2 * i + 1] * h + box[1]));
        }
        return pts;
    }

    /** EAR = (|p1 − p5| + |p2 − p4|) / (2 |p0 − p3|) for the six points of one eye starting at {@code first}. */
    public static double eyeAspectRatio(List<Point> pts, int first) {
        Point p0 = pts.get(first);
        Point p1 = pts.get(first + 1);
        Point p2 = pts.get(first + 2);
        Point p3 = pts.get(first + 3);
        Point p4 = pts.get(first + 4);
        Point p5 = pts.get(first + 5);
        double width = p0.distance(p3);
        return width < 1e-6 ? 0 : (p1.distance(p5) + p2.distance(p4)) / (2 * width);
    }

    private double closedProbability(BgrImage img, List<Point> pts, int first) {
        double cx = (pts.get(first + 1).x() + pts.get(first + 2).x() + pts.get(first + 4).x() + pts.get(first + 5).x()) / 4;
        double cy = (pts.get(first + 1).y() + pts.get(first + 2).y() + pts.get(first + 4).y() + pts.get(first + 5).y()) / 4;
        double side = Math.max(4, 1.6 * (pts.get(first + 3).x() - pts.get(first).x()));
        int x0 = (int) Math.round(cx - side / 2);
        int y0 = (int) Math.round(cy - side / 2);
        int x1 = (int) Math.round(cx + side / 2);
        int y1 = (int) Math.round(cy + side / 2);
        BgrImage patch = ImageOps.cropResize(img, x0, y0, x1, y1, EYE_SIDE, EYE_SIDE);
        FloatBuffer in = eyeInput.get();
        ImageOps.toGray(patch, in, 1f / 255f);
        float[] logits = Tensors.run(models.environment(), eye, in, new long[] {1, 1, EYE_SIDE, EYE_SIDE}, Tensors::first);
        return Tensors.softmax(logits)[0];
    }
}
