package org.ekyc.hub.verification.face;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.face.FaceImageException;
import org.ekyc.hub.verification.imaging.ExifOrientation;

/**
 * Decodes JPEG and PNG with bounded memory. The size is read from the header before any pixel
 * is decoded: more than {@code maxBytes} of input or {@code maxPixels} pixels is refused
 * (decompression bombs), and an image larger than {@code targetSide} on its long side is decoded
 * with source subsampling, so a 12-megapixel photo never becomes a 12-megapixel raster. A truncated
 * or corrupt stream (the JDK reader's warnings) is refused rather than scored as grey pixels. A JPEG's
 * EXIF Orientation is applied after decoding, so a photo taken with the phone turned is upright.
 */
public final class ImageDecoder {

    private static final Set<String> FORMATS = Set.of("jpeg", "png");

    private final int maxBytes;
    private final long maxPixels;
    private final int targetSide;

    /**
     * @param maxBytes   largest accepted encoded size
     * @param maxPixels  largest accepted width × height as declared in the header
     * @param targetSide images whose long side is at least twice this are subsampled towards it
     */
    public ImageDecoder(int maxBytes, long maxPixels, int targetSide) {
        if (maxBytes <= 0 || maxPixels <= 0 || targetSide < 64) {
            throw new IllegalArgumentException("bad decoder limits");
        }
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
        this.targetSide = targetSide;
    }

    /** 15 MB, 50 megapixels, long side kept at 1280 px or more. */
    public static ImageDecoder defaults() {
        return new ImageDecoder(15 * 1024 * 1024, 50_000_000L, 1280);
    }

    public BgrImage decode(byte[] encoded) throws FaceImageException {
        if (encoded == null || encoded.length == 0) {
            throw new FaceImageException(ReasonCode.FACE_IMAGE_UNREADABLE, "empty");
        }
        if (encoded.length > maxBytes) {
            throw new FaceImageException(ReasonCode.FACE_IMAGE_TOO_LARGE, encoded.length + " bytes");
        }
        // a memory-cached stream: ImageIO.createImageInputStream may cache to a temporary file, which would put
        // a face image on disk
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(encoded))) {
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || (long) w * h > maxPixels) {
                    throw new FaceImageException(ReasonCode.FACE_IMAGE_TOO_LARGE, w + "x" + h);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(w, h, targetSide);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                WarningCollector warnings = new WarningCollector();
                reader.addIIOReadWarningListener(warnings);
                BufferedImage img = reader.read(0, param);
                if (warnings.warning != null) {
                    throw new FaceImageException(ReasonCode.FACE_IMAGE_UNREADABLE, warnings.warning);
                }
                return toBgr(ExifOrientation.upright(encoded, img));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new FaceImageException(ReasonCode.FACE_IMAGE_UNREADABLE, e.getClass().getSimpleName());
        }
    }

    /** The subsampling step that keeps the long side at or above {@code target}. */
    static int subsampling(int w, int h, int target) {
        return Math.max(1, Math.max(w, h) / target);
    }

    private static ImageReader readerFor(ImageInputStream in) throws FaceImageException, IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader r = readers.next();
            if (FORMATS.contains(r.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
                return r;
            }
            r.dispose();
        }
        throw new FaceImageException(ReasonCode.FACE_IMAGE_UNREADABLE, "not a JPEG or PNG");
    }

    static BgrImage toBgr(BufferedImage img) {
        BufferedImage bgr = img;
        if (img.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            bgr = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            java.awt.Graphics2D g = bgr.createGraphics();
            try {
                g.drawImage(img, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        byte[] data = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        return new BgrImage(bgr.getWidth(), bgr.getHeight(), data);
    }

    private static final class WarningCollector implements IIOReadWarningListener {
        private String warning;

        @Override
        public void warningOccurred(ImageReader source, String message) {
            if (warning == null) {
                warning = message;
            }
        }
    }
}
