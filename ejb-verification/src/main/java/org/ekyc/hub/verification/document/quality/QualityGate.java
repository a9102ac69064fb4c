package org.ekyc.hub.verification.document.quality;

import boofcv.alg.distort.RemovePerspectiveDistortion;
import boofcv.alg.filter.derivative.DerivativeLaplacian;
import boofcv.alg.misc.ImageStatistics;
import boofcv.struct.image.GrayF32;
import boofcv.struct.image.GrayU8;
import boofcv.struct.image.ImageType;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.QualityMetrics;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.document.DocumentLayout;

/**
 * The quality gate before OCR: finds the document, corrects its perspective to the layout's
 * canonical size, and measures size, focus (variance of the Laplacian), brightness, glare, and
 * skew. Each failure is a {@link Severity#RETAKE} finding whose message tells the customer what to
 * do. Measurements on the normalised document do not depend on how far the phone was.
 */
public final class QualityGate {

    private static final int FIND_LONG_SIDE = 800;
    /** Aspect ratio between ID-1 cards (1.586) and TD3 pages (1.420). */
    private static final double CARD_OR_PAGE = 1.50;
    /** Shapes a photo cropped to a document can have: a TD3 page (1.42) to an ID-1 card (1.586), with slack. */
    private static final double MIN_DOCUMENT_ASPECT = 1.30;
    private static final double MAX_DOCUMENT_ASPECT = 1.75;
    /** Share of each side of a scanned frame left out of the brightness and glare measures. */
    private static final double SCAN_BORDER = 0.04;
    /** Grey-level spread below which a photo holds nothing to read (a blank or uniform frame). */
    private static final double MIN_CONTENT_STDDEV = 12;
    /** A colour candidate wins over the grey one when it is this much larger: the same document, more of it. */
    private static final double WHOLER = 1.05;
    /** The least share of the colour quadrilateral the grey one must cover to be the same document. */
    private static final double MOSTLY = 0.7;
    private static final double TD3_PAGE = 125.0 / 88.0;
    private static final double ID1_CARD = 85.6 / 53.98;
    /** How close a crop's proportions are to a document's (an SDK's perspective crop rounds to whole pixels). */
    private static final double CROP_TOLERANCE = 0.025;
    /** The least share of a crop's height the light part must span to call the crop the document. */
    private static final double MIN_SPAN = 0.55;

    /** The mean grey of a document in ordinary light (phone photos on a table measure 180–230): focus is judged at it. */
    static final double LIT = 160;

    private final QualityThresholds limits;

    public QualityGate(QualityThresholds limits) {
        this.limits = limits;
    }

    /**
     * @param photo    the decoded photo
     * @param expected the layout the customer said they photographed, or null to decide by shape
     */
    public Assessment assess(BufferedImage photo, DocumentType expected) {
        int width = photo.getWidth();
        int height = photo.getHeight();
        List<Finding> findings = new ArrayList<>();
        if (Math.min(width, height) < limits.minPhotoSide()) {
            findings.add(retake(ReasonCode.IMAGE_TOO_SMALL, "photo " + width + "x" + height));
            return new Assessment(new QualityMetrics(width, height, 0, 0, 0, 0, false), findings, null, null, null);
        }
        GrayU8 small = GrayImages.gray(photo, FIND_LONG_SIDE);
        double scale = Math.max(width, height) / (double) Math.max(small.width, small.height);
        double photoMean = ImageStatistics.mean(small);
        Optional<Quad> found = DocumentFinder.find(small);
        // a page whose dark coloured band a grey threshold takes for the table: the colour finder sees it whole
        Optional<Quad> byColour = DocumentFinder.findByColour(GrayImages.colour(photo, FIND_LONG_SIDE));
        if (byColour.isPresent() && documentShaped(byColour.get())
                && (found.isEmpty() || !documentShaped(found.get()) || sameDocumentMore(found.get(), byColour.get()))) {
            found = byColour;
        }
        if (!documentProportions(small)
                && (found.isEmpty() || touchesBorder(found.get(), small) || !documentShaped(found.get()))) {
            // a photo (a camera's proportions, not a crop's) with a shadow across the table: the threshold joined the
            // card to the lit part of the surface, split it, or found nothing standing out; the card's outline, which
            // a slow shadow does not move, is taken when it is a whole document inside the frame
            Optional<Quad> outline = DocumentFinder.findByEdges(small);
            if (outline.isPresent() && documentShaped(outline.get()) && !touchesBorder(outline.get(), small)) {
                found = outline;
            }
        }
        boolean scan = fillsFrame(found, small);
        if (scan) {
            // a scan or an auto-cropped capture: the photo is the document, edge to edge
            found = Optional.of(frame(small));
        }
        if (found.isEmpty()) {
            ReasonCode why = photoMean < limits.minBrightness() * 0.6 ? ReasonCode.IMAGE_TOO_DARK
                    : photoMean > limits.maxBrightness() ? ReasonCode.IMAGE_OVEREXPOSED : ReasonCode.DOCUMENT_NOT_FOUND;
            findings.add(retake(why, String.format("mean grey %.0f", photoMean)));
            return new Assessment(new QualityMetrics(width, height, 0, photoMean, 0, 0, false), findings, null, null, null);
        }
        Quad quad = found.get().scaled(scale);
        double rotation = quad.rotationDegrees();
        if (!scan && touchesBorder(found.get(), small)) {
            findings.add(retake(ReasonCode.DOCUMENT_CUT_OFF, "a corner is at the edge of the photo"));
        }
        if (Math.abs(rotation) > limits.maxRotation() || quad.keystone() < limits.minKeystone()) {
            findings.add(retake(ReasonCode.DOCUMENT_SKEWED,
                    String.format("rotation %.1f°, keystone %.2f", rotation, quad.keystone())));
        }
        if (quad.width() < limits.minDocumentWidth()) {
            findings.add(retake(ReasonCode.IMAGE_TOO_SMALL, String.format("document %.0f px wide", quad.width())));
        }
        DocumentLayout layout = layout(quad, expected);
        GrayU8 normalised = rectify(GrayImages.gray(photo, Integer.MAX_VALUE), quad, layout);
        int[] histogram = new int[256];
        // a scan's frame may hold a strip of the scanner's white lid around the document: not glare
        GrayU8 measured = scan ? inner(normalised, SCAN_BORDER) : normalised;
        ImageStatistics.histogram(measured, 0, histogram);
        double pixels = measured.width * (double) measured.height;
        double mean = 0;
        int saturated = 0;
        for (int v = 0; v < 256; v++) {
            mean += v * (double) histogram[v];
            if (v >= 250) {
                saturated += histogram[v];
            }
        }
        mean /= pixels;
        if (saturated / pixels > limits.maxGlare()) {
            // a QR code's quiet zone is printed white, not a reflection: its pixels are not glare
            for (Rectangle qr : QrCodes.boxes(measured)) {
                saturated -= saturatedIn(measured, qr);
            }
        }
        double glare = saturated / pixels;
        double sharpness = sharpness(normalised) * dimLight(mean);
        if (mean < limits.minBrightness()) {
            findings.add(retake(ReasonCode.IMAGE_TOO_DARK, String.format("mean grey %.0f", mean)));
        } else if (mean > limits.maxBrightness()) {
            findings.add(retake(ReasonCode.IMAGE_OVEREXPOSED, String.format("mean grey %.0f", mean)));
        } else if (glare > limits.maxGlare()) {
            findings.add(retake(ReasonCode.IMAGE_GLARE, String.format("%.1f%% saturated", glare * 100)));
        }
        if (sharpness < limits.minSharpness()) {
            findings.add(retake(ReasonCode.IMAGE_BLURRED, String.format("Laplacian variance %.0f", sharpness)));
        }
        QualityMetrics metrics = new QualityMetrics(width, height, sharpness, mean, glare, rotation, true);
        return new Assessment(metrics, findings, layout, normalised, quad);
    }

    /**
     * What a dim document's Laplacian variance is multiplied by to be judged as if lit to {@link #LIT}: a shadow or a
     * low exposure scales every edge's contrast with the light, and the variance with its square, without blurring
     * anything. A document at or above {@code LIT} is measured as it is; a dark one is {@code IMAGE_TOO_DARK} anyway.
     */
    static double dimLight(double meanGrey) {
        return meanGrey >= LIT ? 1 : Math.pow(LIT / Math.max(meanGrey, 1), 2);
    }

    /** Variance of the Laplacian: low when edges are soft. */
    static double sharpness(GrayU8 image) {
        GrayF32 laplacian = new GrayF32(image.width, image.height);
        DerivativeLaplacian.process(image, laplacian);
        GrayF32 inner = laplacian.subimage(2, 2, image.width - 2, image.height - 2);
        float mean = ImageStatistics.mean(inner);
        return ImageStatistics.variance(inner, mean);
    }

    private static DocumentLayout layout(Quad quad, DocumentType expected) {
        if (expected == DocumentType.PASSPORT_TD3) {
            return DocumentLayout.PASSPORT_TD3;
        }
        if (expected != null && DocumentLayout.card(expected).isPresent()) {
            return DocumentLayout.card(expected).get();
        }
        if (expected == DocumentType.ID_CARD_TD1) {
            return DocumentLayout.ID_CARD_TD1;
        }
        if (expected == DocumentType.RESIDENCE_CARD_BACK) {
            return DocumentLayout.RESIDENCE_CARD_BACK;
        }
        return quad.aspect() < CARD_OR_PAGE ? DocumentLayout.PASSPORT_TD3 : DocumentLayout.ALIEN_REGISTRATION_CARD;
    }

    /** Warps the document upright to the layout's canonical size (a homography through BoofCV). */
    public static GrayU8 rectify(GrayU8 gray, Quad quad, DocumentLayout layout) {
        RemovePerspectiveDistortion<GrayU8> remove =
                new RemovePerspectiveDistortion<>(layout.width(), layout.height(), ImageType.single(GrayU8.class));
        if (!remove.apply(gray, quad.topLeft(), quad.topRight(), quad.bottomRight(), quad.bottomLeft())) {
            throw new IllegalStateException("no homography for " + quad);
        }
        return remove.getOutput().clone();
    }

    /**
     * Whether the photo is the document itself, cropped to its edges (a scanner, a mobile SDK's auto-crop):
     * its shape is a card's or a passport page's, and either no document stands out of a
     * background or the one found reaches every corner of the photo. A document cut off by the frame
     * reaches at most two corners or leaves a background along one side, and is still {@code DOCUMENT_CUT_OFF}.
     */
    private boolean fillsFrame(Optional<Quad> found, GrayU8 image) {
        // landscape only: a document turned a quarter is read upright from its EXIF orientation, not here
        double aspect = image.width / (double) image.height;
        if (aspect < MIN_DOCUMENT_ASPECT || aspect > MAX_DOCUMENT_ASPECT) {
            return false;
        }
        if (found.isEmpty()) {
            // nothing stands out of a background: the photo is the document if it holds something legible,
            // not a blank, dark or burnt-out frame
            double mean = ImageStatistics.mean(image);
            return mean >= limits.minBrightness() && mean <= limits.maxBrightness()
                    && Math.sqrt(ImageStatistics.variance(image, mean)) >= MIN_CONTENT_STDDEV;
        }
        Quad q = found.get();
        double mx = image.width * limits.borderMargin() * 2 + 2;
        double my = image.height * limits.borderMargin() * 2 + 2;
        int w = image.width - 1;
        int h = image.height - 1;
        boolean tl = near(q.topLeft(), 0, 0, mx, my);
        boolean tr = near(q.topRight(), w, 0, mx, my);
        boolean br = near(q.bottomRight(), w, h, mx, my);
        boolean bl = near(q.bottomLeft(), 0, h, mx, my);
        if (tl && tr && br && bl) {
            return true;
        }
        // a crop with a document's exact proportions whose light part spans it from side to side, the rest being
        // a printed band (a passport's coloured header): the region found reaches two corners of one long side and
        // runs the full width; a phone photo of a document cut off has a camera's proportions instead
        boolean fullWidth = Math.min(q.topLeft().x, q.bottomLeft().x) <= mx && Math.max(q.topRight().x, q.bottomRight().x) >= w - mx;
        return documentProportions(image) && fullWidth && (tl && tr || bl && br)
                && (q.bottomLeft().y - q.topLeft().y) >= image.height * MIN_SPAN;
    }

    /**
     * Whether the colour finder's quadrilateral is the grey one's document with more of it (the band the grey
     * threshold left out): larger by {@link #WHOLER}, yet the grey one still most of it and inside it. A colour region
     * several times the grey one is the surface around the document (a table against a photo's black letterbox), not
     * the document.
     */
    private static boolean sameDocumentMore(Quad grey, Quad colour) {
        double g = grey.area();
        double c = colour.area();
        return c > g * WHOLER && g >= c * MOSTLY && colour.contains(grey.centre().x, grey.centre().y);
    }

    /** Whether a quadrilateral has a card's or a passport page's shape (either way up). */
    private static boolean documentShaped(Quad q) {
        double a = q.aspect() >= 1 ? q.aspect() : 1 / q.aspect();
        return a >= MIN_DOCUMENT_ASPECT && a <= MAX_DOCUMENT_ASPECT;
    }

    /**
     * Whether the photo has exactly a document's proportions (TD3 page 125 × 88 mm, ID-1 card 85.6 × 54 mm): what a
     * scanner's or an SDK's crop to the document's edges gives, and a camera's frame (4:3, 3:2, 16:9) does not.
     */
    private static boolean documentProportions(GrayU8 image) {
        double a = image.width / (double) image.height;
        return Math.abs(a / TD3_PAGE - 1) <= CROP_TOLERANCE || Math.abs(a / ID1_CARD - 1) <= CROP_TOLERANCE;
    }

    private static boolean near(georegression.struct.point.Point2D_F64 p, double x, double y, double mx, double my) {
        return Math.abs(p.x - x) <= mx && Math.abs(p.y - y) <= my;
    }

    /**
     * The saturated pixels of a QR code's white backing: those inside the code's box and its quiet zone, and those
     * joined to them by saturated pixels within one code's width around it (a label's white plate a little larger
     * than the quiet zone).
     */
    private static int saturatedIn(GrayU8 image, Rectangle qr) {
        Rectangle limit = new Rectangle(qr.x - qr.width, qr.y - qr.height, 3 * qr.width, 3 * qr.height)
                .intersection(new Rectangle(0, 0, image.width, image.height));
        boolean[] seen = new boolean[limit.width * limit.height];
        java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
        for (int y = qr.y; y < qr.y + qr.height; y++) {
            for (int x = qr.x; x < qr.x + qr.width; x++) {
                if (limit.contains(x, y) && image.unsafe_get(x, y) >= 250) {
                    seen[(y - limit.y) * limit.width + (x - limit.x)] = true;
                    queue.add(new int[] {x, y});
                }
            }
        }
        int n = 0;
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty()) {
            int[] p = queue.poll();
            n++;
            for (int[] d : steps) {
                int x = p[0] + d[0];
                int y = p[1] + d[1];
                if (limit.contains(x, y) && !seen[(y - limit.y) * limit.width + (x - limit.x)] && image.unsafe_get(x, y) >= 250) {
                    seen[(y - limit.y) * limit.width + (x - limit.x)] = true;
                    queue.add(new int[] {x, y});
                }
            }
        }
        return n;
    }

    private static GrayU8 inner(GrayU8 image, double border) {
        int bx = (int) Math.round(image.width * border);
        int by = (int) Math.round(image.height * border);
        return image.subimage(bx, by, image.width - bx, image.height - by);
    }

    /** The whole photo as the document's quadrilateral. */
    private static Quad frame(GrayU8 image) {
        int w = image.width - 1;
        int h = image.height - 1;
        return new Quad(new georegression.struct.point.Point2D_F64(0, 0), new georegression.struct.point.Point2D_F64(w, 0),
                new georegression.struct.point.Point2D_F64(w, h), new georegression.struct.point.Point2D_F64(0, h));
    }

    private boolean touchesBorder(Quad q, GrayU8 image) {
        double mx = image.width * limits.borderMargin() + 1;
        double my = image.height * limits.borderMargin() + 1;
        for (var p : List.of(q.topLeft(), q.topRight(), q.bottomRight(), q.bottomLeft())) {
            if (p.x < mx || p.y < my || p.x > image.width - 1 - mx || p.y > image.height - 1 - my) {
                return true;
            }
        }
        return false;
    }

    private static Finding retake(ReasonCode code, String evidence) {
        return new Finding(code, Severity.RETAKE, evidence);
    }
}
