package org.ekyc.hub.verification.document.quality;

import boofcv.alg.distort.RemovePerspectiveDistortion;
import boofcv.alg.filter.derivative.DerivativeLaplacian;
import boofcv.alg.misc.ImageStatistics;
import boofcv.struct.image.GrayF32;
import boofcv.struct.image.GrayU8;
import boofcv.struct.image.ImageType;
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
        if (found.isEmpty()) {
            ReasonCode why = photoMean < limits.minBrightness() * 0.6 ? ReasonCode.IMAGE_TOO_DARK
                    : photoMean > limits.maxBrightness() ? ReasonCode.IMAGE_OVEREXPOSED : ReasonCode.DOCUMENT_NOT_FOUND;
            findings.add(retake(why, String.format("mean grey %.0f", photoMean)));
            return new Assessment(new QualityMetrics(width, height, 0, photoMean, 0, 0, false), findings, null, null, null);
        }
        Quad quad = found.get().scaled(scale);
        double rotation = quad.rotationDegrees();
        if (touchesBorder(found.get(), small)) {
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
        ImageStatistics.histogram(normalised, 0, histogram);
        double pixels = normalised.width * (double) normalised.height;
        double mean = 0;
        int saturated = 0;
        for (int v = 0; v < 256; v++) {
            mean += v * (double) histogram[v];
            if (v >= 250) {
                saturated += histogram[v];
            }
        }
        mean /= pixels;
        double glare = saturated / pixels;
        double sharpness = sharpness(normalised);
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
