package org.ekyc.hub.verification.imaging;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * JPEGs as a phone writes them: the stored pixels plus an EXIF APP1 segment whose IFD0 holds the
 * Orientation tag, in place of the JFIF APP0 segment ImageIO writes. The segment is written byte by
 * byte here (big-endian TIFF, one IFD entry), so the tests do not depend on the reader under test.
 */
public final class ExifJpegs {

    private ExifJpegs() {
    }

    /** The JPEG of {@code stored} carrying Orientation = {@code orientation} (1–8, or any short to test bad values). */
    public static byte[] withOrientation(BufferedImage stored, int orientation) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(stored, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        int rest = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) { // drop JFIF APP0: phones write Exif only
            rest = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.writeBytes(app1(orientation));
        out.write(jpeg, rest, jpeg.length - rest);
        return out.toByteArray();
    }

    /** APP1 "Exif\0\0" + TIFF header (MM, 42, IFD0 at 8) + IFD0 {0x0112 SHORT 1 = orientation} + no next IFD. */
    static byte[] app1(int orientation) {
        byte[] tiff = {
            'M', 'M', 0, 42, 0, 0, 0, 8,
            0, 1,                                   // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1,           // tag Orientation, type SHORT, count 1
            (byte) (orientation >> 8), (byte) orientation, 0, 0,
            0, 0, 0, 0                              // no IFD1
        };
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + exif.length + tiff.length;
        ByteArrayOutputStream seg = new ByteArrayOutputStream();
        seg.write(0xFF);
        seg.write(0xE1);
        seg.write(length >> 8);
        seg.write(length);
        seg.writeBytes(exif);
        seg.writeBytes(tiff);
        return seg.toByteArray();
    }

    /**
     * What a phone held so that the picture needs {@code orientation} stores for an upright scene: the
     * inverse of the tag's transform applied to the upright image.
     */
    public static BufferedImage storedFor(BufferedImage upright, int orientation) throws Exception {
        int w = upright.getWidth();
        int h = upright.getHeight();
        boolean swap = ExifOrientation.swapsSides(orientation);
        AffineTransform toDisplay = ExifOrientation.transform(orientation, swap ? h : w, swap ? w : h);
        BufferedImage src = upright;
        if (upright.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            src = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
            src.getGraphics().drawImage(upright, 0, 0, null);
        }
        return new AffineTransformOp(toDisplay.createInverse(), AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(src, null);
    }
}
