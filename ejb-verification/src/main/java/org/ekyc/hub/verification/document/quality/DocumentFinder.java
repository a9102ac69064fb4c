package org.ekyc.hub.verification.document.quality;

import boofcv.alg.filter.binary.BinaryImageOps;
import boofcv.alg.filter.binary.Contour;
import boofcv.alg.filter.binary.GThresholdImageOps;
import boofcv.alg.filter.binary.ThresholdImageOps;
import boofcv.struct.ConnectRule;
import boofcv.struct.image.GrayU8;
import georegression.struct.point.Point2D_F64;
import georegression.struct.point.Point2D_I32;
import java.util.List;
import java.util.Optional;

/**
 * Finds a document lying on a darker surface: Otsu threshold, a morphological clean-up, the
 * largest external contour (BoofCV), and its four corners as the contour's extreme points along
 * the diagonals (valid for rotations under 45°). The contour must fill its quadrilateral, else the
 * bright region is not a card or page.
 */
public final class DocumentFinder {

    /** Minimum share of the photo the document must cover. */
    public static final double MIN_AREA = 0.08;
    /** Minimum share of the quadrilateral the contour must fill. */
    public static final double MIN_FILL = 0.88;

    private DocumentFinder() {
    }

    public static Optional<Quad> find(GrayU8 gray) {
        double otsu = GThresholdImageOps.computeOtsu(gray, 0, 255);
        GrayU8 binary = ThresholdImageOps.threshold(gray, null, (int) otsu, false);
        GrayU8 cleaned = BinaryImageOps.dilate8(BinaryImageOps.erode8(binary, 2, null), 2, null);
        List<Contour> contours = BinaryImageOps.contourExternal(cleaned, ConnectRule.EIGHT);
        Contour best = null;
        double bestArea = 0;
        for (Contour c : contours) {
            double area = polygonArea(c.external);
            if (area > bestArea) {
                bestArea = area;
                best = c;
            }
        }
        if (best == null || bestArea < MIN_AREA * gray.width * gray.height) {
            return Optional.empty();
        }
        Quad quad = corners(best.external);
        if (quad.area() <= 0 || bestArea / quad.area() < MIN_FILL) {
            return Optional.empty();
        }
        return Optional.of(quad);
    }

    static Quad corners(List<Point2D_I32> points) {
        Point2D_I32 tl = points.get(0);
        Point2D_I32 tr = tl;
        Point2D_I32 br = tl;
        Point2D_I32 bl = tl;
        for (Point2D_I32 p : points) {
            if (p.x + p.y < tl.x + tl.y) {
                tl = p;
            }
            if (p.x + p.y > br.x + br.y) {
                br = p;
            }
            if (p.x - p.y > tr.x - tr.y) {
                tr = p;
            }
            if (p.x - p.y < bl.x - bl.y) {
                bl = p;
            }
        }
        return new Quad(f64(tl), f64(tr), f64(br), f64(bl));
    }

    private static Point2D_F64 f64(Point2D_I32 p) {
        return new Point2D_F64(p.x, p.y);
    }

    private static double polygonArea(List<Point2D_I32> points) {
        double sum = 0;
        for (int i = 0; i < points.size(); i++) {
            Point2D_I32 a = points.get(i);
            Point2D_I32 b = points.get((i + 1) % points.size());
            sum += (double) a.x * b.y - (double) b.x * a.y;
        }
        return Math.abs(sum) / 2;
    }
}
