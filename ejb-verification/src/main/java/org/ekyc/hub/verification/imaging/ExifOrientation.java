package org.ekyc.hub.verification.imaging;

import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.imaging.jpeg.JpegSegmentData;
import com.drew.imaging.jpeg.JpegSegmentReader;
import com.drew.imaging.jpeg.JpegSegmentType;
import com.drew.lang.SequentialByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/**
 * The EXIF Orientation tag (TIFF tag 0x0112 in IFD0, values 1–8) of a JPEG, and the transform that
 * makes the decoded pixels upright. Phones store the sensor's pixels as they were read out and record
 * how the phone was held in this tag; the JDK's JPEG reader ignores it, so a portrait taken with the
 * phone turned arrives lying on its side and no face is found.
 * <p>
 * Only the APP1 segments before the image data are parsed (metadata-extractor's segment reader stops at
 * the start of scan; its EXIF reader sees nothing else). A missing, unreadable or out-of-range tag is
 * orientation 1 (as stored): the picture itself may still be usable, and a wrong guess only costs a retake.
 */
public final class ExifOrientation {

    /** As stored. */
    public static final int NORMAL = 1;

    private ExifOrientation() {
    }

    /** The orientation recorded in a JPEG, 1–8; 1 for anything else (PNG, no EXIF, a bad tag). */
    public static int read(byte[] encoded) {
        if (encoded == null || encoded.length < 4 || (encoded[0] & 0xFF) != 0xFF || (encoded[1] & 0xFF) != 0xD8) {
            return NORMAL;
        }
        try {
            JpegSegmentData segments = JpegSegmentReader.readSegments(new SequentialByteArrayReader(encoded),
                    List.of(JpegSegmentType.APP1));
            Metadata metadata = new Metadata();
            new com.drew.metadata.exif.ExifReader().readJpegSegments(segments.getSegments(JpegSegmentType.APP1), metadata,
                    JpegSegmentType.APP1);
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            Integer value = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            return value != null && value >= 1 && value <= 8 ? value : NORMAL;
        } catch (JpegProcessingException | IOException | RuntimeException unreadable) {
            return NORMAL;
        }
    }

    /** The decoded image turned upright for {@code orientation}; the image itself when it is 1. */
    public static BufferedImage apply(BufferedImage img, int orientation) {
        if (orientation <= NORMAL || orientation > 8) {
            return img;
        }
        BufferedImage src = img.getType() == BufferedImage.TYPE_CUSTOM ? toBgr(img) : img;
        AffineTransformOp op = new AffineTransformOp(transform(orientation, src.getWidth(), src.getHeight()),
                AffineTransformOp.TYPE_NEAREST_NEIGHBOR);
        return op.filter(src, null);
    }

    /** Reads the tag of {@code encoded} and applies it to {@code decoded}, the same picture decoded. */
    public static BufferedImage upright(byte[] encoded, BufferedImage decoded) {
        return apply(decoded, read(encoded));
    }

    /** Whether the orientation swaps width and height (the quarter turns and the two diagonal flips). */
    public static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * Stored pixel area (x, y) to display coordinates (X, Y), for a stored image of w × h, per the TIFF 6.0
     * / EXIF 2.3 meaning of the tag: 2 mirror, 3 half turn, 4 flip, 5 transpose, 6 quarter turn clockwise,
     * 7 transverse, 8 quarter turn anticlockwise.
     */
    static AffineTransform transform(int orientation, int w, int h) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // X = w − x, Y = y
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // X = w − x, Y = h − y
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // X = x,     Y = h − y
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // X = y,     Y = x
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // X = h − y, Y = x
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // X = h − y, Y = w − x
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);   // X = y,     Y = w − x
            default -> new AffineTransform();
        };
    }

    private static BufferedImage toBgr(BufferedImage img) {
        BufferedImage bgr = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = bgr.createGraphics();
        try {
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        return bgr;
    }
}
