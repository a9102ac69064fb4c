package org.ekyc.hub.verification.document.quality;

import boofcv.struct.image.GrayU8;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Conversions between Java2D images and BoofCV grey images, through Java2D's own colour conversion. */
public final class GrayImages {

    private GrayImages() {
    }

    /** The image in grey, scaled so its long side is at most {@code longSide} (no upscaling). */
    public static GrayU8 gray(BufferedImage image, int longSide) {
        BufferedImage gray = scaled(image, longSide, BufferedImage.TYPE_BYTE_GRAY);
        GrayU8 out = new GrayU8(gray.getWidth(), gray.getHeight());
        System.arraycopy(((DataBufferByte) gray.getRaster().getDataBuffer()).getData(), 0, out.data, 0, out.data.length);
        return out;
    }

    /** The image in colour (RGB), scaled exactly as {@link #gray} scales it. */
    public static BufferedImage colour(BufferedImage image, int longSide) {
        return scaled(image, longSide, BufferedImage.TYPE_INT_RGB);
    }

    /** The image drawn into a new one of {@code type}, its long side at most {@code longSide} (bilinear, no upscaling). */
    private static BufferedImage scaled(BufferedImage image, int longSide, int type) {
        double scale = Math.min(1.0, longSide / (double) Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, type);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** A Java2D copy of a BoofCV grey image (or sub-image). */
    public static BufferedImage buffered(GrayU8 image) {
        GrayU8 compact = image.isSubimage() ? image.clone() : image;
        BufferedImage out = new BufferedImage(compact.width, compact.height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] target = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < compact.height; y++) {
            System.arraycopy(compact.data, compact.startIndex + y * compact.stride, target, y * compact.width, compact.width);
        }
        return out;
    }
}
