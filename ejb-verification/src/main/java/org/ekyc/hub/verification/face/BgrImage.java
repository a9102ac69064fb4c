package org.ekyc.hub.verification.face;

import java.util.Objects;

/**
 * A decoded image as interleaved 8-bit B, G, R samples, row by row. The array is shared, not
 * copied: the engine holds it only for the duration of one check.
 */
public record BgrImage(int width, int height, byte[] data) {

    public BgrImage {
        Objects.requireNonNull(data, "data");
        if (width <= 0 || height <= 0 || (long) width * height * 3 != data.length) {
            throw new IllegalArgumentException("data does not hold " + width + "x" + height + " BGR pixels");
        }
    }

    /** Channel c (0 = B, 1 = G, 2 = R) of pixel (x, y), 0..255. */
    public int sample(int x, int y, int c) {
        return data[(y * width + x) * 3 + c] & 0xFF;
    }
}
