package org.ekyc.hub.verification.face;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.ekyc.hub.verification.imaging.FaceLocator;
import org.ekyc.hub.verification.face.internal.FaceDetector;

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
}
