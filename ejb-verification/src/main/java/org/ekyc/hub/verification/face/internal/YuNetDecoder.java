package org.ekyc.hub.verification.face.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decodes YuNet (libfacedetection 2023mar) outputs as OpenCV's FaceDetectorYN does: for each
 * stride s in {8, 16, 32} and anchor i = row·cols + col (cols = input side / s),
 * score = sqrt(clamp(cls) · clamp(obj)); centre = ((col + dx)·s, (row + dy)·s); size = (exp(dw)·s, exp(dh)·s);
 * landmark k = ((kx + col)·s, (ky + row)·s). Then greedy non-maximum suppression.
 */
public final class YuNetDecoder {

    public static final int[] STRIDES = {8, 16, 32};

    private YuNetDecoder() {
    }

    /**
     * @param side  input side length (640)
     * @param cls   per stride, N scores
     * @param obj   per stride, N objectness values
     * @param bbox  per stride, N×4
     * @param kps   per stride, N×10
     */
    public static List<Detection> decode(int side, float[][] cls, float[][] obj, float[][] bbox, float[][] kps,
                                         double scoreThreshold, double nmsIou) {
        List<Detection> found = new ArrayList<>();
        for (int si = 0; si < STRIDES.length; si++) {
            int s = STRIDES[si];
            int cols = side / s;
            int n = cols * cols;
            for (int i = 0; i < n; i++) {
                double score = Math.sqrt(clamp(cls[si][i]) * clamp(obj[si][i]));
                if (score < scoreThreshold) {
                    continue;
                }
                int row = i / cols;
                int col = i % cols;
                double cx = (col + bbox[si][i * 4]) * s;
                double cy = (row + bbox[si][i * 4 + 1]) * s;
                double w = Math.exp(bbox[si][i * 4 + 2]) * s;
                double h = Math.exp(bbox[si][i * 4 + 3]) * s;
                List<Point> lm = new ArrayList<>(5);
                for (int k = 0; k < 5; k++) {
                    lm.add(new Point((kps[si][i * 10 + 2 * k] + col) * s, (kps[si][i * 10 + 2 * k + 1] + row) * s));
                }
                found.add(new Detection(cx - w / 2, cy - h / 2, w, h, score, lm));
            }
        }
        return nms(found, nmsIou);
    }

    /** Greedy NMS: keeps the best-scoring box and drops every box overlapping a kept one by more than {@code iou}. */
    public static List<Detection> nms(List<Detection> boxes, double iou) {
        List<Detection> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(Detection::score).reversed());
        List<Detection> kept = new ArrayList<>();
        for (Detection d : sorted) {
            if (kept.stream().noneMatch(k -> k.iou(d) > iou)) {
                kept.add(d);
            }
        }
        return kept;
    }

    private static double clamp(float v) {
        return Math.min(1.0, Math.max(0.0, v));
    }
}
