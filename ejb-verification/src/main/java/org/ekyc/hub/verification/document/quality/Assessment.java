package org.ekyc.hub.verification.document.quality;

import boofcv.struct.image.GrayU8;
import java.util.List;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.QualityMetrics;
import org.ekyc.hub.verification.document.DocumentLayout;

/**
 * What the quality gate found.
 *
 * @param metrics    measurements
 * @param findings   retake reasons; empty when the photo can be read
 * @param layout     the layout chosen from the document's shape, or null when no document was found
 * @param normalised the document warped upright to the layout's canonical size, or null
 * @param quad       the document's corners in the photo's pixels, or null when no document was found
 */
public record Assessment(QualityMetrics metrics, List<Finding> findings, DocumentLayout layout, GrayU8 normalised,
                         Quad quad) {

    public Assessment {
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.isEmpty();
    }
}
