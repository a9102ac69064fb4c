package org.ekyc.hub.verification.document;

import java.awt.Rectangle;
import java.util.List;
import java.util.Optional;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;

/**
 * Tamper signals from the document's face: a document whose portrait shows no face (pasted over,
 * blank, or a printed pattern), or whose face is not where the layout puts the portrait (a photo
 * glued on elsewhere, or a card presented as another layout). The faces are found by the face
 * engine's detector (an {@link org.ekyc.hub.verification.imaging.FaceLocator}); this class only judges positions, so it is tested without models.
 * It also says where the portrait to hand to the face engine is: around the face found, not at a fixed place.
 */
public final class PortraitCheck {

    private PortraitCheck() {
    }

    /** Margin of the portrait crop around the detector's face box, per side, as a fraction of the box's width/height. */
    static final double CROP_MARGIN_X = 0.45;
    static final double CROP_MARGIN_Y = 0.6;

    /**
     * Where to crop the portrait for the face match: the largest face whose centre lies in the layout's
     * portrait region, with a head-and-shoulders margin, inside the document; empty when no face is there
     * (then {@link #judge} names the problem and there is no portrait to match against).
     *
     * @param faces    faces found on the whole rectified document
     * @param portrait where the layout puts the portrait, in the same pixels
     * @param size     the document's size
     */
    public static Optional<Rectangle> locate(List<Rectangle> faces, Rectangle portrait, java.awt.Dimension size) {
        return faces.stream().filter(f -> portrait.contains(f.getCenterX(), f.getCenterY()))
                .max(java.util.Comparator.comparingDouble(f -> (double) f.width * f.height))
                .map(f -> {
                    int mx = (int) Math.round(f.width * CROP_MARGIN_X);
                    int my = (int) Math.round(f.height * CROP_MARGIN_Y);
                    return new Rectangle(f.x - mx, f.y - my, f.width + 2 * mx, f.height + 2 * my)
                            .intersection(new Rectangle(0, 0, size.width, size.height));
                })
                .filter(r -> !r.isEmpty());
    }

    /**
     * @param faces    faces found on the whole rectified document
     * @param portrait where the layout puts the portrait, in the same pixels
     * @param size     the document's size (for evidence in per cent, never coordinates of personal data)
     */
    public static Optional<Finding> judge(List<Rectangle> faces, Rectangle portrait, java.awt.Dimension size) {
        if (faces.isEmpty()) {
            return Optional.of(new Finding(ReasonCode.DOCUMENT_PORTRAIT_NO_FACE, Severity.REVIEW, "no face on the document"));
        }
        for (Rectangle face : faces) {
            if (portrait.contains(face.getCenterX(), face.getCenterY())) {
                return Optional.empty();
            }
        }
        Rectangle best = faces.get(0);
        return Optional.of(new Finding(ReasonCode.DOCUMENT_PORTRAIT_MISPLACED, Severity.REVIEW, String.format(
                "face centre at %.0f%%,%.0f%% of the document; the layout's portrait spans x %.0f-%.0f%%, y %.0f-%.0f%%",
                100 * best.getCenterX() / size.width, 100 * best.getCenterY() / size.height,
                100.0 * portrait.x / size.width, 100.0 * (portrait.x + portrait.width) / size.width,
                100.0 * portrait.y / size.height, 100.0 * (portrait.y + portrait.height) / size.height)));
    }

    /** The smallest face taken for a card's portrait, as a share of the card's width (the printed portrait is ~25 %). */
    static final double MIN_PORTRAIT_WIDTH = 0.08;

    /**
     * Where the portrait is on a card whose design may put it anywhere (left, right, the 2023 card's right side):
     * around the largest face found on the card that is large enough to be its portrait, empty when there is none
     * (a ghost image or a hologram face is smaller).
     */
    public static Optional<Rectangle> locateAnywhere(List<Rectangle> faces, java.awt.Dimension size) {
        return faces.stream().filter(f -> f.width >= MIN_PORTRAIT_WIDTH * size.width)
                .max(java.util.Comparator.comparingDouble(f -> (double) f.width * f.height))
                .flatMap(f -> locate(List.of(f), f, size));
    }
}
