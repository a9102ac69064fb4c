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

    /**
     * The boxes of the decodable QR codes in {@code image}, each grown by the four modules of white quiet zone the
     * symbol's standard (ISO/IEC 18004) requires around it.
     */
    public static java.util.List<Rectangle> boxes(GrayU8 image) {
        QrCodeDetector<GrayU8> detector = FactoryFiducial.qrcode(null, GrayU8.class);
        detector.process(image);
        java.util.List<Rectangle> boxes = new java.util.ArrayList<>();
        for (boofcv.alg.fiducial.qrcode.QrCode qr : detector.getDetections()) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int i = 0; i < qr.bounds.size(); i++) {
                minX = Math.min(minX, qr.bounds.get(i).x);
                minY = Math.min(minY, qr.bounds.get(i).y);
                maxX = Math.max(maxX, qr.bounds.get(i).x);
                maxY = Math.max(maxY, qr.bounds.get(i).y);
            }
            int modules = qr.getNumberOfModules();
            double quiet = 4 * Math.max(maxX - minX, maxY - minY) / Math.max(1, modules);
            Rectangle r = new Rectangle((int) Math.floor(minX - quiet), (int) Math.floor(minY - quiet),
                    (int) Math.ceil(maxX - minX + 2 * quiet), (int) Math.ceil(maxY - minY + 2 * quiet));
            boxes.add(r.intersection(new Rectangle(0, 0, image.width, image.height)));
        }
        return boxes;
    }
}
