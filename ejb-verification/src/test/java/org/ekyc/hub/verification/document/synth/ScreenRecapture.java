package org.ekyc.hub.verification.document.synth;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A photo of a document shown on a screen instead of the document itself: the customer's earlier
 * photo ({@code shown}) is displayed on a simulated LCD and photographed again.
 * <ul>
 *   <li>the display: RGB sub-pixel stripes (each pixel three vertical stripes, a black matrix between
 *       stripes and between rows), the display's own gamma (2.0–2.4), a bluish white point and a
 *       lifted black level;</li>
 *   <li>the camera: the screen seen through a homography (slight rotation and keystone, the bezel
 *       round it), each camera pixel integrating 4 × 4 samples of the emitted light (pixel aperture),
 *       so a screen pitch under two camera pixels aliases into moiré and a coarser one is resolved
 *       as a grid; lens blur, exposure, ambient veil, sensor noise, sRGB encoding (the caller
 *       compresses to JPEG).</li>
 * </ul>
 * The pitch (camera pixels per screen pixel) stands for the phone's distance and the screen's
 * density; {@link #PITCHES} spans a 4K monitor seen from afar (0.6) to a low-density screen close up (2.5).
 */
public final class ScreenRecapture {

    /** Screen pixel pitch in camera pixels, cycled by seed. */
    public static final double[] PITCHES = {0.62, 0.85, 1.2, 1.55, 1.9, 2.5};

    private static final int SAMPLES = 4;
    /** Emitting share of a sub-pixel's width and of a pixel's height (the rest is black matrix). */
    private static final double STRIPE_FILL = 0.78;
    private static final double ROW_FILL = 0.86;

    private ScreenRecapture() {
    }

    /** Photographs {@code shown} on a screen; the pitch is taken from {@link #PITCHES} by seed, jittered ±5 %. */
    public static BufferedImage photograph(BufferedImage shown, long seed) {
        Random r = new Random(seed ^ 0x5C4EE4L);
        double pitch = PITCHES[(int) Math.floorMod(seed, (long) PITCHES.length)] * (0.95 + 0.1 * r.nextDouble());
        return photograph(shown, pitch, r.nextLong());
    }

    public static BufferedImage photograph(BufferedImage shown, double pitch, long seed) {
        Random r = new Random(seed);
        int width = Capture.SCENE_WIDTH;
        int height = Capture.SCENE_HEIGHT;
        // where the screen lands in the camera frame
        double fill = 0.93 + 0.05 * r.nextDouble();
        double w = width * fill;
        double h = w * shown.getHeight() / shown.getWidth();
        if (h > height * 0.97) {
            h = height * 0.97;
            w = h * shown.getWidth() / shown.getHeight();
        }
        double angle = Math.toRadians((r.nextDouble() - 0.5) * 5);
        double keystone = r.nextDouble() * 0.05;
        double cx = width / 2.0 + (r.nextDouble() - 0.5) * 20;
        double cy = height / 2.0 + (r.nextDouble() - 0.5) * 20;
        double[][] corners = {
                {-w / 2 * (1 - keystone), -h / 2}, {w / 2 * (1 - keystone), -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}};
        Point2D.Double[] quad = new Point2D.Double[4];
        for (int i = 0; i < 4; i++) {
            double x = corners[i][0] * Math.cos(angle) - corners[i][1] * Math.sin(angle);
            double y = corners[i][0] * Math.sin(angle) + corners[i][1] * Math.cos(angle);
            quad[i] = new Point2D.Double(cx + x, cy + y);
        }
        // the screen's resolution follows from its size in the frame and the pitch
        int sw = Math.max(64, (int) Math.round(w / pitch));
        int sh = Math.max(48, (int) Math.round(h / pitch));
        float[][] light = displayLight(shown, sw, sh, r);
        double[] hm = Homography.solve(quad, new double[][] {{0, 0}, {sw, 0}, {sw, sh}, {0, sh}});

        // integrate the emitted light over each camera pixel
        float[][] camera = new float[3][width * height];
        float bezel = 0.004f + 0.01f * r.nextFloat();
        double exposure = 3 / (STRIPE_FILL * ROW_FILL) * (0.88 + 0.12 * r.nextDouble());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float red = 0;
                float green = 0;
                float blue = 0;
                for (int j = 0; j < SAMPLES; j++) {
                    double py = y + (j + 0.5) / SAMPLES;
                    for (int i = 0; i < SAMPLES; i++) {
                        double px = x + (i + 0.5) / SAMPLES;
                        double d = hm[6] * px + hm[7] * py + 1;
                        double sx = (hm[0] * px + hm[1] * py + hm[2]) / d;
                        double sy = (hm[3] * px + hm[4] * py + hm[5]) / d;
                        if (sx < 0 || sy < 0 || sx >= sw || sy >= sh) {
                            red += bezel;
                            green += bezel;
                            blue += bezel;
                            continue;
                        }
                        int ix = (int) sx;
                        int iy = (int) sy;
                        if (sy - iy >= ROW_FILL) {
                            continue;
                        }
                        double third = (sx - ix) * 3;
                        int channel = (int) third;
                        if (third - channel >= STRIPE_FILL) {
                            continue;
                        }
                        float v = (float) (light[channel][iy * sw + ix] * exposure);
                        switch (channel) {
                            case 0 -> red += v;
                            case 1 -> green += v;
                            default -> blue += v;
                        }
                    }
                }
                int k = y * width + x;
                float n = SAMPLES * SAMPLES;
                camera[0][k] = red / n;
                camera[1][k] = green / n;
                camera[2][k] = blue / n;
            }
        }
        // lens blur (a small separable kernel), ambient veil, noise, sRGB-like encoding
        float a = 0.10f + 0.12f * r.nextFloat();
        float veil = 0.01f + 0.02f * r.nextFloat();
        double noise = 1.0 + 1.5 * r.nextDouble();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] rgb = new int[width * height];
        for (int c = 0; c < 3; c++) {
            float[] blurred = blur(camera[c], width, height, a);
            for (int k = 0; k < rgb.length; k++) {
                double v = Math.pow(Math.max(0, blurred[k] + veil), 1 / 2.2) * 255 + r.nextGaussian() * noise;
                rgb[k] |= clamp((int) Math.round(v)) << (16 - 8 * c);
            }
        }
        out.setRGB(0, 0, width, height, rgb, 0, width);
        return out;
    }

    /** The content resampled to the screen's pixels, in linear light per channel, with the display's white point. */
    private static float[][] displayLight(BufferedImage shown, int sw, int sh, Random r) {
        BufferedImage screen = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = screen.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(shown, 0, 0, sw, sh, null);
        g.dispose();
        double gamma = 2.0 + 0.4 * r.nextDouble();
        double[] white = {0.88 + 0.06 * r.nextDouble(), 0.96 + 0.04 * r.nextDouble(), 1.0};
        double black = 0.01 + 0.015 * r.nextDouble();
        float[] lut = new float[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = (float) (black + (1 - black) * Math.pow(v / 255.0, gamma));
        }
        int[] px = screen.getRGB(0, 0, sw, sh, null, 0, sw);
        float[][] light = new float[3][px.length];
        for (int k = 0; k < px.length; k++) {
            for (int c = 0; c < 3; c++) {
                light[c][k] = (float) (lut[(px[k] >> (16 - 8 * c)) & 0xff] * white[c]);
            }
        }
        return light;
    }

    private static float[] blur(float[] img, int width, int height, float a) {
        float[] tmp = new float[img.length];
        float[] out = new float[img.length];
        float b = 1 - 2 * a;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                float left = img[row + Math.max(0, x - 1)];
                float right = img[row + Math.min(width - 1, x + 1)];
                tmp[row + x] = a * left + b * img[row + x] + a * right;
            }
        }
        for (int y = 0; y < height; y++) {
            int up = Math.max(0, y - 1) * width;
            int down = Math.min(height - 1, y + 1) * width;
            for (int x = 0; x < width; x++) {
                out[y * width + x] = a * tmp[up + x] + b * tmp[y * width + x] + a * tmp[down + x];
            }
        }
        return out;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
