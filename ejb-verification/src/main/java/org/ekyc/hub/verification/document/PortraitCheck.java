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
 */
public final class PortraitCheck {

    private PortraitCheck() {
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
}
