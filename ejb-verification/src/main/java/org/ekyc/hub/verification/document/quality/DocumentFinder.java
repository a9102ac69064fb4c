package org.ekyc.hub.verification.document.quality;

import boofcv.alg.filter.binary.BinaryImageOps;
import boofcv.alg.filter.binary.Contour;
import boofcv.alg.filter.binary.GThresholdImageOps;
import boofcv.alg.filter.binary.ThresholdImageOps;
import boofcv.factory.feature.detect.edge.FactoryEdgeDetectors;
import boofcv.struct.ConnectRule;
import boofcv.struct.image.GrayS16;
import boofcv.struct.image.GrayU8;
import georegression.struct.point.Point2D_F64;
import georegression.struct.point.Point2D_I32;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
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
        return largestFilled(binary);
    }

    /**
     * Finds a document that differs from its surface in colour rather than in brightness: the surface is the
     * median colour of the photo's outer border, and the document every pixel clearly further from it (farther
     * than the border's own spread) — a page with a dark coloured header band on a grey table, which a grey
     * threshold splits at the band. Empty when the border is not one surface (a scan, an auto-crop) or no filled
     * quadrilateral stands out.
     *
     * @param photo the photo, scaled so its long side is what {@link #find} is given
     */
    public static Optional<Quad> findByColour(BufferedImage photo) {
        int w = photo.getWidth();
        int h = photo.getHeight();
        int[] rgb = photo.getRGB(0, 0, w, h, null, 0, w);
        int bx = Math.max(2, w / 40);
        int by = Math.max(2, h / 40);
        List<Integer> border = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x < bx || y < by || x >= w - bx || y >= h - by) {
                    border.add(rgb[y * w + x]);
                }
            }
        }
        int surface = medianColour(border);
        double[] spread = border.stream().mapToDouble(c -> distance(c, surface)).sorted().toArray();
        double p90 = spread[(int) (spread.length * 0.9)];
        // a border that is not one surface (the document itself, edge to edge) has no colour to stand out from
        if (p90 > SURFACE_SPREAD) {
            return Optional.empty();
        }
        double threshold = Math.max(MIN_COLOUR_DISTANCE, 2.5 * p90);
        GrayU8 binary = new GrayU8(w, h);
        for (int i = 0; i < rgb.length; i++) {
            binary.data[i] = (byte) (distance(rgb[i], surface) > threshold ? 1 : 0);
        }
        return largestFilled(binary);
    }

    /**
     * Finds a document by its outline rather than its brightness: Canny edges (BoofCV, thresholds relative to the
     * photo's strongest gradient), gaps of a pixel closed, and the largest closed outline as a quadrilateral it
     * fills. A shadow across the table dims the surface and the document alike and slowly, so it leaves no edge: where
     * a brightness threshold joins the card to the lit part of the table, the card's outline still stands. The
     * outline must enclose the print: outside it the surface is plain, at most {@link #QUIET} of the edge density
     * inside (a box printed on a scanned page has the rest of the page's print around it). Empty when no closed,
     * plain-surrounded outline encloses a large quadrilateral (a document cut off by the frame has no closed outline).
     */
    public static Optional<Quad> findByEdges(GrayU8 gray) {
        GrayU8 edges = new GrayU8(gray.width, gray.height);
        FactoryEdgeDetectors.canny(EDGE_BLUR, false, true, GrayU8.class, GrayS16.class)
                .process(gray, EDGE_LOW, EDGE_HIGH, edges);
        return largestOutline(BinaryImageOps.dilate8(edges, 1, null)).filter(q -> enclosesThePrint(edges, q));
    }

    /**
     * Whether the edges outside the quadrilateral (grown by {@link #RIM}, so its own outline is not counted) are at most
     * {@link #QUIET} as dense as those inside it (shrunk by the same share).
     */
    static boolean enclosesThePrint(GrayU8 edges, Quad q) {
        double cx = q.centre().x;
        double cy = q.centre().y;
        long outside = 0;
        long outsideEdges = 0;
        long inside = 0;
        long insideEdges = 0;
        for (int y = 0; y < edges.height; y++) {
            for (int x = 0; x < edges.width; x++) {
                boolean edge = edges.unsafe_get(x, y) != 0;
                if (!q.contains(cx + (x - cx) / (1 + RIM), cy + (y - cy) / (1 + RIM))) {
                    outside++;
                    outsideEdges += edge ? 1 : 0;
                } else if (q.contains(cx + (x - cx) / (1 - RIM), cy + (y - cy) / (1 - RIM))) {
                    inside++;
                    insideEdges += edge ? 1 : 0;
                }
            }
        }
        if (inside == 0 || insideEdges == 0) {
            return false;
        }
        return outside == 0 || outsideEdges / (double) outside <= QUIET * insideEdges / (double) inside;
    }

    /** The share by which the outline is grown and shrunk to leave its own edge out of the surface and the print. */
    private static final double RIM = 0.03;
    /** The most edge density the surface around a document may have, as a share of the document's own print. */
    private static final double QUIET = 1.0 / 3;

    /** Canny's smoothing radius: paper grain and sensor noise make no outline, a card's edge does. */
    private static final int EDGE_BLUR = 2;
    /** Canny's hysteresis thresholds, as shares of the strongest gradient: a card's edge on a pale table is faint. */
    private static final float EDGE_LOW = 0.05f;
    private static final float EDGE_HIGH = 0.15f;

    /** RGB distances above this within the border mean it is not one surface. */
    static final double SURFACE_SPREAD = 45;
    /** The least RGB distance from the surface that counts as the document. */
    static final double MIN_COLOUR_DISTANCE = 40;

    private static int medianColour(List<Integer> colours) {
        int[] r = colours.stream().mapToInt(c -> (c >> 16) & 0xff).sorted().toArray();
        int[] g = colours.stream().mapToInt(c -> (c >> 8) & 0xff).sorted().toArray();
        int[] b = colours.stream().mapToInt(c -> c & 0xff).sorted().toArray();
        int m = colours.size() / 2;
        return (r[m] << 16) | (g[m] << 8) | b[m];
    }

    private static double distance(int a, int b) {
        int dr = ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
        int dg = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
        int db = (a & 0xff) - (b & 0xff);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    /** The largest external contour of a 0/1 image as a quadrilateral, when it is large and fills it. */
    private static Optional<Quad> largestFilled(GrayU8 binary) {
        GrayU8 cleaned = BinaryImageOps.dilate8(BinaryImageOps.erode8(binary, 2, null), 2, null);
        return largestOutline(cleaned);
    }

    /**
     * The largest external contour as a quadrilateral, when it covers {@link #MIN_AREA} of the photo and fills
     * {@link #MIN_FILL} of the quadrilateral. The area is the polygon's, so a closed outline counts as what it encloses.
     */
    private static Optional<Quad> largestOutline(GrayU8 cleaned) {
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
        if (best == null || bestArea < MIN_AREA * cleaned.width * cleaned.height) {
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
