package org.ekyc.hub.verification.imaging;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Tiny real images whose header declares another size: what a decompression bomb looks like to a header
 * reader (a few hundred bytes that claim millions of pixels).
 */
public final class DeclaredSizeImages {

    private DeclaredSizeImages() {
    }

    /** A black 1×1 PNG whose IHDR (CRC recomputed) declares {@code width} × {@code height}. */
    public static byte[] png(int width, int height) {
        byte[] png = encode(new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR), "png");
        ByteBuffer buf = ByteBuffer.wrap(png);
        buf.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        buf.putInt(29, (int) crc.getValue());
        return png;
    }

    /** A black 8×8 baseline JPEG whose SOF0 declares {@code width} × {@code height} (each at most 65535). */
    public static byte[] jpeg(int width, int height) {
        byte[] jpeg = encode(new BufferedImage(8, 8, BufferedImage.TYPE_3BYTE_BGR), "jpeg");
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xFF && (jpeg[i + 1] & 0xff) == 0xC0) {
                ByteBuffer.wrap(jpeg).putShort(i + 5, (short) height).putShort(i + 7, (short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("no SOF0 in the encoded JPEG");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
