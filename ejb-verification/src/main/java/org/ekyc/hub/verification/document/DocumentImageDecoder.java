package org.ekyc.hub.verification.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentCheckService;
import org.ekyc.hub.verification.api.document.DocumentImageException;
import org.ekyc.hub.verification.imaging.ExifOrientation;

/**
 * Decodes an uploaded photo with bounded memory: only JPEG and PNG (recognised by their magic
 * bytes, not by a file name), dimensions read from the header before any pixel is decoded so a
 * decompression bomb is refused up front, and large photos decoded subsampled to at most
 * {@link #WORKING_LONG_SIDE} pixels on the long side. A JPEG's EXIF Orientation is applied after
 * decoding, so a document photographed with the phone turned is read upright.
 */
public final class DocumentImageDecoder {

    /** Largest accepted photo, in pixels (a 40-megapixel phone photo). */
    public static final long MAX_PIXELS = 40_000_000L;
    /** Largest accepted side, in pixels. */
    public static final int MAX_SIDE = 12_000;
    /** Photos are decoded to at most this long side: enough for an MRZ at 44 characters. */
    public static final int WORKING_LONG_SIDE = 2400;

    private DocumentImageDecoder() {
    }

    public static BufferedImage decode(byte[] bytes) throws DocumentImageException {
        if (bytes == null || bytes.length < 16) {
            throw new DocumentImageException(ReasonCode.IMAGE_UNREADABLE, "empty or too short");
        }
        if (bytes.length > DocumentCheckService.MAX_IMAGE_BYTES) {
            throw new DocumentImageException(ReasonCode.IMAGE_TOO_LARGE, bytes.length + " bytes");
        }
        String format = format(bytes);
        // memory-cached: ImageIO.createImageInputStream may cache to a temporary file, which would put an
        // identity document on disk (the face decoder does the same)
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new DocumentImageException(ReasonCode.IMAGE_FORMAT_UNSUPPORTED, format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE
                        || (long) width * height > MAX_PIXELS) {
                    throw new DocumentImageException(ReasonCode.IMAGE_TOO_LARGE, width + "x" + height);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.max(width, height) / (double) WORKING_LONG_SIDE);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw new DocumentImageException(ReasonCode.IMAGE_UNREADABLE, "no image in " + format);
                }
                return ExifOrientation.upright(bytes, image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new DocumentImageException(ReasonCode.IMAGE_UNREADABLE, format + ": " + e.getClass().getSimpleName());
        }
    }

    /** {@code jpeg} or {@code png} from the magic bytes; anything else is refused. */
    static String format(byte[] b) throws DocumentImageException {
        if ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "jpeg";
        }
        if ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        boolean image = (b[0] == 'G' && b[1] == 'I' && b[2] == 'F') || (b[0] == 'B' && b[1] == 'M')
                || (b[0] == 'I' && b[1] == 'I') || (b[0] == 'M' && b[1] == 'M')
                || (b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F')
                || (b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p');
        throw new DocumentImageException(image ? ReasonCode.IMAGE_FORMAT_UNSUPPORTED : ReasonCode.IMAGE_UNREADABLE,
                image ? "only JPEG and PNG are accepted" : "not an image");
    }
}
