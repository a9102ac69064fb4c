package org.ekyc.hub.verification.document.quality;

import georegression.struct.point.Point2D_F64;

/** The four corners of a document in a photo, in pixels: top-left, top-right, bottom-right, bottom-left. */
public record Quad(Point2D_F64 topLeft, Point2D_F64 topRight, Point2D_F64 bottomRight, Point2D_F64 bottomLeft) {

    public Quad {
        if (topLeft == null || topRight == null || bottomRight == null || bottomLeft == null) {
            throw new IllegalArgumentException("four corners are required");
        }
    }

    public Quad scaled(double factor) {
        return new Quad(scale(topLeft, factor), scale(topRight, factor), scale(bottomRight, factor), scale(bottomLeft, factor));
    }

    /** Mean width over mean height. */
    public double aspect() {
        double w = (topLeft.distance(topRight) + bottomLeft.distance(bottomRight)) / 2;
        double h = (topLeft.distance(bottomLeft) + topRight.distance(bottomRight)) / 2;
        return w / h;
    }

    public double width() {
        return (topLeft.distance(topRight) + bottomLeft.distance(bottomRight)) / 2;
    }

    /** Rotation of the top edge from horizontal, in degrees. */
    public double rotationDegrees() {
        return Math.toDegrees(Math.atan2(topRight.y - topLeft.y, topRight.x - topLeft.x));
    }

    /** Shorter over longer of opposite edges, the worse pair: 1 for a rectangle seen head-on. */
    public double keystone() {
        double top = topLeft.distance(topRight);
        double bottom = bottomLeft.distance(bottomRight);
        double left = topLeft.distance(bottomLeft);
        double right = topRight.distance(bottomRight);
        return Math.min(Math.min(top, bottom) / Math.max(top, bottom), Math.min(left, right) / Math.max(left, right));
    }

    /** The mean of the four corners. */
    public Point2D_F64 centre() {
        return new Point2D_F64((topLeft.x + topRight.x + bottomRight.x + bottomLeft.x) / 4,
                (topLeft.y + topRight.y + bottomRight.y + bottomLeft.y) / 4);
    }

    /** Whether a point lies inside the quadrilateral (a convex one: on the same side of each edge, either winding). */
    public boolean contains(double x, double y) {
        Point2D_F64[] p = {topLeft, topRight, bottomRight, bottomLeft};
        int sign = 0;
        for (int i = 0; i < 4; i++) {
            Point2D_F64 a = p[i];
            Point2D_F64 b = p[(i + 1) % 4];
            double cross = (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x);
            int s = cross > 0 ? 1 : cross < 0 ? -1 : 0;
            if (s != 0) {
                if (sign != 0 && s != sign) {
                    return false;
                }
                sign = s;
            }
        }
        return true;
    }

    /** Area by the shoelace formula. */
    public double area() {
        Point2D_F64[] p = {topLeft, topRight, bottomRight, bottomLeft};
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            Point2D_F64 a = p[i];
            Point2D_F64 b = p[(i + 1) % 4];
            sum += a.x * b.y - b.x * a.y;
        }
        return Math.abs(sum) / 2;
    }

    private static Point2D_F64 scale(Point2D_F64 p, double f) {
        return new Point2D_F64(p.x * f, p.y * f);
    }
}
