package org.ekyc.hub.verification.face.internal;

import java.util.List;

/**
 * One face found by the detector: box (x, y, w, h), score in [0, 1], and the five landmarks in
 * YuNet order: eye on the image's left (the person's right eye), eye on the image's right, nose tip,
 * mouth corner on the image's left, mouth corner on the image's right.
 */
public record Detection(double x, double y, double w, double h, double score, List<Point> landmarks) {

    public Detection {
        landmarks = List.copyOf(landmarks);
        if (landmarks.size() != 5) {
            throw new IllegalArgumentException("5 landmarks expected");
        }
        if (w <= 0 || h <= 0) {
            throw new IllegalArgumentException("empty box");
        }
    }

    public double area() {
        return w * h;
    }

    public double iou(Detection o) {
        double ix = Math.max(0, Math.min(x + w, o.x + o.w) - Math.max(x, o.x));
        double iy = Math.max(0, Math.min(y + h, o.y + o.h) - Math.max(y, o.y));
        double inter = ix * iy;
        return inter / (area() + o.area() - inter);
    }

    public Detection scaled(double factor) {
        return new Detection(x * factor, y * factor, w * factor, h * factor, score,
                landmarks.stream().map(p -> new Point(p.x() * factor, p.y() * factor)).toList());
    }

    /**
     * Head yaw in degrees from the 5 points: positive when the person turns to their left (nose towards
     * the image's right). The nose tip sits in front of the eye plane by about 0.6 × the eye distance, so
     * the nose offset from the eye midpoint over the eye distance is ≈ 0.6 · tan(yaw).
     */
    public double yawDegrees() {
        Point le = landmarks.get(0);
        Point re = landmarks.get(1);
        Point nose = landmarks.get(2);
        double eyeDist = le.distance(re);
        if (eyeDist < 1e-6) {
            return 0;
        }
        double ratio = (nose.x() - (le.x() + re.x()) / 2) / eyeDist;
        return Math.toDegrees(Math.atan(ratio / 0.6));
    }
}
