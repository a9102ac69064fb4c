package org.ekyc.hub.verification.face;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.ekyc.hub.verification.imaging.FaceLocator;
import org.ekyc.hub.verification.face.internal.Detection;
import org.ekyc.hub.verification.face.internal.FaceDetector;
import org.ekyc.hub.verification.face.internal.Point;

/**
 * The face engine's detector (YuNet, the same session the face match uses) offered, as a {@link FaceLocator}, to the document
 * engine for its portrait tamper signals. Thread-safe: the detector keeps per-thread buffers.
 */
public final class DocumentFaces implements FaceLocator {

    private final FaceDetector detector;

    public DocumentFaces(ModelRegistry models) {
        this.detector = new FaceDetector(models);
    }

    @Override
    public List<Rectangle> find(BufferedImage document) {
        return detector.detect(ImageDecoder.toBgr(document)).stream()
                .map(d -> new Rectangle((int) Math.round(d.x()), (int) Math.round(d.y()),
                        (int) Math.max(1, Math.round(d.w())), (int) Math.max(1, Math.round(d.h()))))
                .toList();
    }

    @Override
    public double uprightFace(BufferedImage image) {
        return detector.detect(ImageDecoder.toBgr(image)).stream().filter(DocumentFaces::upright)
                .mapToDouble(Detection::score).max().orElse(0);
    }

    /**
     * Whether a face stands upright in its image: from the middle of the eyes to the middle of the mouth points down,
     * within 45° of straight down (the detector also finds some faces lying on their side, their landmarks turned
     * with them).
     */
    static boolean upright(Detection d) {
        List<Point> l = d.landmarks();
        double dx = (l.get(3).x() + l.get(4).x() - l.get(0).x() - l.get(1).x()) / 2;
        double dy = (l.get(3).y() + l.get(4).y() - l.get(0).y() - l.get(1).y()) / 2;
        return dy > 0 && dy > Math.abs(dx);
    }
}
