package org.ekyc.hub.verification.document.quality;

import boofcv.abst.fiducial.QrCodeDetector;
import boofcv.factory.fiducial.FactoryFiducial;
import boofcv.struct.image.GrayU8;
import java.awt.Rectangle;

/**
 * QR code detection (BoofCV's QR detector, which finds the three position patterns and decodes
 * the symbol). A detector keeps state between calls, so each call makes its own: that costs
 * less than a millisecond next to the detection itself.
 */
public final class QrCodes {

    private QrCodes() {
    }

    /** Whether a decodable QR code lies in {@code region} of {@code image}. */
    public static boolean present(GrayU8 image, Rectangle region) {
        Rectangle r = region.intersection(new Rectangle(0, 0, image.width, image.height));
        if (r.isEmpty()) {
            return false;
        }
        QrCodeDetector<GrayU8> detector = FactoryFiducial.qrcode(null, GrayU8.class);
        detector.process(image.subimage(r.x, r.y, r.x + r.width, r.y + r.height).clone());
        return !detector.getDetections().isEmpty();
    }
}
