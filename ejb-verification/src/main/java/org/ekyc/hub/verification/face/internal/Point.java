package org.ekyc.hub.verification.face.internal;

/** A point in image pixel coordinates. */
public record Point(double x, double y) {

    public double distance(Point o) {
        return Math.hypot(x - o.x, y - o.y);
    }
}
