package org.ekyc.hub.verification.face.internal;

import java.util.List;

/**
 * A 2-D similarity transform (rotation, uniform scale, translation; no reflection):
 * x' = a·x − b·y + tx, y' = b·x + a·y + ty. {@link #estimate} is the least-squares fit
 * (Umeyama's method restricted to 2-D without reflection).
 */
public record SimilarityTransform(double a, double b, double tx, double ty) {

    /** ArcFace 112×112 template, in YuNet landmark order. */
    public static final List<Point> ARCFACE_112 = List.of(
            new Point(38.2946, 51.6963), new Point(73.5318, 51.5014), new Point(56.0252, 71.7366),
            new Point(41.5493, 92.3655), new Point(70.7299, 92.2041));

    public static SimilarityTransform estimate(List<Point> src, List<Point> dst) {
        if (src.size() != dst.size() || src.size() < 2) {
            throw new IllegalArgumentException("need matching point lists of at least 2 points");
        }
        int n = src.size();
        double sx = 0, sy = 0, dx = 0, dy = 0;
        for (int i = 0; i < n; i++) {
            sx += src.get(i).x();
            sy += src.get(i).y();
            dx += dst.get(i).x();
            dy += dst.get(i).y();
        }
        sx /= n;
        sy /= n;
        dx /= n;
        dy /= n;
        double num1 = 0, num2 = 0, den = 0;
        for (int i = 0; i < n; i++) {
            double px = src.get(i).x() - sx;
            double py = src.get(i).y() - sy;
            double qx = dst.get(i).x() - dx;
            double qy = dst.get(i).y() - dy;
            num1 += px * qx + py * qy;
            num2 += px * qy - py * qx;
            den += px * px + py * py;
        }
        if (den < 1e-12) {
            throw new IllegalArgumentException("degenerate source points");
        }
        double a = num1 / den;
        double b = num2 / den;
        return new SimilarityTransform(a, b, dx - (a * sx - b * sy), dy - (b * sx + a * sy));
    }

    public Point apply(Point p) {
        return new Point(a * p.x() - b * p.y() + tx, b * p.x() + a * p.y() + ty);
    }

    public SimilarityTransform inverse() {
        double d = a * a + b * b;
        double ia = a / d;
        double ib = -b / d;
        return new SimilarityTransform(ia, ib, -(ia * tx - ib * ty), -(ib * tx + ia * ty));
    }

    public double scale() {
        return Math.hypot(a, b);
    }
}
