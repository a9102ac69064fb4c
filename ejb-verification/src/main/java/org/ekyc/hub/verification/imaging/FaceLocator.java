package org.ekyc.hub.verification.imaging;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Finds faces in an image. The face engine implements it with its detector; the document engine uses
 * it for its portrait checks without knowing how faces are found. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface FaceLocator {

    /** Face boxes in {@code image}'s pixels, best first; empty when there is none. */
    List<Rectangle> find(BufferedImage image);
}
