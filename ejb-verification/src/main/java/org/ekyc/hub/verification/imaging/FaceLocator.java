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

    /**
     * How surely {@code image} holds a face standing upright (eyes above the mouth): the best such face's score in
     * [0, 1], 0 when no face stands upright; negative when this locator cannot tell (it finds boxes only). What a
     * document photographed on its side is turned by: its portrait stands upright one way only.
     */
    default double uprightFace(BufferedImage image) {
        return -1;
    }
}
