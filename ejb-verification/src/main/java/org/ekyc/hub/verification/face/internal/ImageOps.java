package org.ekyc.hub.verification.face.internal;

import java.nio.FloatBuffer;
import org.ekyc.hub.verification.face.BgrImage;

/** Resizing, cropping and warping of {@link BgrImage}s, and their conversion to model tensors. */
public final class ImageOps {

    private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[0]);

    private ImageOps() {
    }

    /**
     * Scales {@code img} to fit a {@code side}×{@code side} square (aspect kept), places it top-left and
     * zero-pads the rest. Shrinking averages the source pixels each target pixel covers (area
     * interpolation); enlarging is bilinear. Returns the scale factor (target / source).
     */
    public static double letterbox(BgrImage img, int side, byte[] out) {
        double scale = Math.min((double) side / img.width(), (double) side / img.height());
        int w = Math.max(1, Math.min(side, (int) Math.round(img.width() * scale)));
        int h = Math.max(1, Math.min(side, (int) Math.round(img.height() * scale)));
        java.util.Arrays.fill(out, (byte) 0);
        BgrImage resized;
        if (w == img.width() && h == img.height()) {
            resized = img;
        } else if (scale < 1) {
            resized = areaResize(img, w, h);
        } else {
            resized = cropResize(img, 0, 0, img.width() - 1, img.height() - 1, w, h);
        }
        byte[] src = resized.data();
        for (int y = 0; y < h; y++) {
            System.arraycopy(src, y * w * 3, out, y * side * 3, w * 3);
        }
        return scale;
    }

    /** Area-average downscale to w×h. */
    public static BgrImage areaResize(BgrImage img, int w, int h) {
        byte[] out = new byte[w * h * 3];
        double fx = (double) img.width() / w;
        double fy = (double) img.height() / h;
        byte[] src = img.data();
        int sw = img.width();
        for (int y = 0; y < h; y++) {
            int y0 = (int) Math.floor(y * fy);
            int y1 = Math.max(y0 + 1, Math.min(img.height(), (int) Math.ceil((y + 1) * fy)));
            for (int x = 0; x < w; x++) {
                int x0 = (int) Math.floor(x * fx);
                int x1 = Math.max(x0 + 1, Math.min(sw, (int) Math.ceil((x + 1) * fx)));
                int b = 0, g = 0, r = 0;
                for (int yy = y0; yy < y1; yy++) {
                    int row = yy * sw * 3;
                    for (int xx = x0; xx < x1; xx++) {
                        int i = row + xx * 3;
                        b += src[i] & 0xFF;
                        g += src[i + 1] & 0xFF;
                        r += src[i + 2] & 0xFF;
                    }
                }
                int n = (y1 - y0) * (x1 - x0);
                int o = (y * w + x) * 3;
                out[o] = (byte) ((b + n / 2) / n);
                out[o + 1] = (byte) ((g + n / 2) / n);
                out[o + 2] = (byte) ((r + n / 2) / n);
            }
        }
        return new BgrImage(w, h, out);
    }

    /**
     * Crops the inclusive rectangle [x0..x1]×[y0..y1] (clamped to the image) and resizes it bilinearly
     * to w×h with OpenCV's pixel-centre convention.
     */
    public static BgrImage cropResize(BgrImage img, int x0, int y0, int x1, int y1, int w, int h) {
        x0 = clamp(x0, 0, img.width() - 1);
        x1 = clamp(x1, x0, img.width() - 1);
        y0 = clamp(y0, 0, img.height() - 1);
        y1 = clamp(y1, y0, img.height() - 1);
        double sx = (double) (x1 - x0 + 1) / w;
        double sy = (double) (y1 - y0 + 1) / h;
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            double fy = Math.min(y1 - y0, Math.max(0, (y + 0.5) * sy - 0.5)) + y0;
            for (int x = 0; x < w; x++) {
                double fx = Math.min(x1 - x0, Math.max(0, (x + 0.5) * sx - 0.5)) + x0;
                bilinear(img, fx, fy, out, (y * w + x) * 3);
            }
        }
        return new BgrImage(w, h, out);
    }

    /**
     * Warps {@code img} into a w×h image where output pixel p samples the source at
     * {@code toSource.apply(p)}; bilinear, zero outside the source.
     */
    public static BgrImage warp(BgrImage img, SimilarityTransform toSource, int w, int h) {
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double fx = toSource.a() * x - toSource.b() * y + toSource.tx();
                double fy = toSource.b() * x + toSource.a() * y + toSource.ty();
                if (fx < -1 || fy < -1 || fx > img.width() || fy > img.height()) {
                    continue;
                }
                bilinearZero(img, fx, fy, out, (y * w + x) * 3);
            }
        }
        return new BgrImage(w, h, out);
    }

    /** Writes the image as a CHW float tensor: value = (sample − mean) · scale, channels in RGB or BGR order. */
    public static void toChw(BgrImage img, FloatBuffer out, boolean rgb, float mean, float scale) {
        int plane = img.width() * img.height();
        byte[] d = img.data();
        float[] chw = SCRATCH.get();
        if (chw.length < plane * 3) {
            chw = new float[plane * 3];
            SCRATCH.set(chw);
        }
        int o0 = rgb ? 2 * plane : 0;
        int o2 = rgb ? 0 : 2 * plane;
        for (int i = 0, j = 0; i < plane; i++, j += 3) {
            chw[o0 + i] = ((d[j] & 0xFF) - mean) * scale;
            chw[plane + i] = ((d[j + 1] & 0xFF) - mean) * scale;
            chw[o2 + i] = ((d[j + 2] & 0xFF) - mean) * scale;
        }
        out.clear();
        out.put(chw, 0, plane * 3);
        out.flip();
    }

    /** Writes the image as an RGB CHW float tensor of (x − mean of its channel) × scale. */
    public static void toRgbChw(BgrImage img, FloatBuffer out, float meanR, float meanG, float meanB, float scale) {
        int plane = img.width() * img.height();
        byte[] d = img.data();
        float[] chw = SCRATCH.get();
        if (chw.length < plane * 3) {
            chw = new float[plane * 3];
            SCRATCH.set(chw);
        }
        for (int i = 0, j = 0; i < plane; i++, j += 3) {
            chw[i] = ((d[j + 2] & 0xFF) - meanR) * scale;
            chw[plane + i] = ((d[j + 1] & 0xFF) - meanG) * scale;
            chw[2 * plane + i] = ((d[j] & 0xFF) - meanB) * scale;
        }
        out.clear();
        out.put(chw, 0, plane * 3);
        out.flip();
    }

    /** Writes the image as a 1-channel float tensor of the publisher's grey (0.114·R + 0.587·G + 0.299·B) times scale. */
    public static void toGray(BgrImage img, FloatBuffer out, float scale) {
        int plane = img.width() * img.height();
        byte[] d = img.data();
        out.clear();
        for (int i = 0; i < plane; i++) {
            double g = 0.299 * (d[i * 3] & 0xFF) + 0.587 * (d[i * 3 + 1] & 0xFF) + 0.114 * (d[i * 3 + 2] & 0xFF);
            out.put((float) (g * scale));
        }
        out.flip();
    }

    private static void bilinear(BgrImage img, double fx, double fy, byte[] out, int o) {
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(x0 + 1, img.width() - 1);
        int y1 = Math.min(y0 + 1, img.height() - 1);
        double ax = fx - x0;
        double ay = fy - y0;
        for (int c = 0; c < 3; c++) {
            double top = img.sample(x0, y0, c) * (1 - ax) + img.sample(x1, y0, c) * ax;
            double bottom = img.sample(x0, y1, c) * (1 - ax) + img.sample(x1, y1, c) * ax;
            out[o + c] = (byte) Math.round(top * (1 - ay) + bottom * ay);
        }
    }

    private static void bilinearZero(BgrImage img, double fx, double fy, byte[] out, int o) {
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        double ax = fx - x0;
        double ay = fy - y0;
        for (int c = 0; c < 3; c++) {
            double v = at(img, x0, y0, c) * (1 - ax) * (1 - ay) + at(img, x0 + 1, y0, c) * ax * (1 - ay)
                    + at(img, x0, y0 + 1, c) * (1 - ax) * ay + at(img, x0 + 1, y0 + 1, c) * ax * ay;
            out[o + c] = (byte) Math.round(v);
        }
    }

    private static int at(BgrImage img, int x, int y, int c) {
        return x < 0 || y < 0 || x >= img.width() || y >= img.height() ? 0 : img.sample(x, y, c);
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
