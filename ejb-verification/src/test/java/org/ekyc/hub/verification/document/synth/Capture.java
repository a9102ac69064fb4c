package org.ekyc.hub.verification.document.synth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.RescaleOp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns a flat document into a phone-like photo: the document lying on a dark textured surface,
 * placed as a (possibly rotated or perspective-distorted) quadrilateral, then degraded.
 * {@code severe} degradations are meant to fail the quality gate; mild ones to be read anyway.
 */
public final class Capture {

    public static final int SCENE_WIDTH = 1600;
    public static final int SCENE_HEIGHT = 1200;

    private Capture() {
    }

    public static BufferedImage photo(BufferedImage document, Degradation degradation, boolean severe, long seed) {
        Random r = new Random(seed);
        double angle = switch (degradation) {
            case ROTATION -> Math.toRadians((severe ? 35 : 6 + r.nextDouble() * 6) * (r.nextBoolean() ? 1 : -1));
            default -> Math.toRadians(r.nextDouble() * 3 - 1.5);
        };
        double keystone = degradation == Degradation.PERSPECTIVE ? (severe ? 0.35 : 0.06 + r.nextDouble() * 0.05) : 0;
        double scale = 0.72 + r.nextDouble() * 0.1;
        double w = SCENE_WIDTH * scale;
        double h = w * document.getHeight() / document.getWidth();
        double cx = SCENE_WIDTH / 2.0 + (r.nextDouble() - 0.5) * 60;
        double cy = SCENE_HEIGHT / 2.0 + (r.nextDouble() - 0.5) * 60;
        // corners tl, tr, br, bl around the centre; keystone narrows the top edge
        double[][] corners = {
                {-w / 2 * (1 - keystone), -h / 2}, {w / 2 * (1 - keystone), -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}};
        Point2D.Double[] quad = new Point2D.Double[4];
        for (int i = 0; i < 4; i++) {
            double x = corners[i][0] * Math.cos(angle) - corners[i][1] * Math.sin(angle);
            double y = corners[i][0] * Math.sin(angle) + corners[i][1] * Math.cos(angle);
            quad[i] = new Point2D.Double(cx + x, cy + y);
        }
        BufferedImage scene = background(r);
        Homography.paint(document, scene, quad);
        return degrade(scene, degradation, severe, r, quad);
    }

    private static BufferedImage background(Random r) {
        BufferedImage bg = new BufferedImage(SCENE_WIDTH, SCENE_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = bg.createGraphics();
        int base = 40 + r.nextInt(40);
        g.setColor(new Color(base, base - 10 + r.nextInt(20), base - 15 + r.nextInt(25)));
        g.fillRect(0, 0, SCENE_WIDTH, SCENE_HEIGHT);
        for (int i = 0; i < 400; i++) {
            int v = base + r.nextInt(30) - 15;
            g.setColor(new Color(Math.max(0, v), Math.max(0, v - 5), Math.max(0, v - 8)));
            g.fillRect(r.nextInt(SCENE_WIDTH), r.nextInt(SCENE_HEIGHT), 2 + r.nextInt(60), 1 + r.nextInt(3));
        }
        g.dispose();
        return bg;
    }

    private static BufferedImage degrade(BufferedImage img, Degradation d, boolean severe, Random r, Point2D.Double[] quad) {
        return switch (d) {
            case BLUR -> blur(img, severe ? 17 : 3);
            case DARK -> new RescaleOp(severe ? 0.18f : 0.55f, severe ? 0f : 5f, null).filter(img, null);
            case GLARE -> glare(img, quad, severe ? 0.85f : 0.35f, severe ? 260 : 140, r);
            case JPEG_NOISE -> jpegRoundTrip(noise(img, severe ? 40 : 10, r), severe ? 0.08f : 0.45f);
            default -> img;
        };
    }

    static BufferedImage blur(BufferedImage img, int size) {
        float[] k = new float[size * size];
        java.util.Arrays.fill(k, 1f / k.length);
        BufferedImage padded = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(img, padded);
        return padded;
    }

    private static BufferedImage glare(BufferedImage img, Point2D.Double[] quad, float alpha, int radius, Random r) {
        double x = (quad[0].x + quad[1].x) / 2 + (r.nextDouble() - 0.5) * 200;
        double y = (quad[0].y + quad[3].y) / 2 - 40;
        Graphics2D g = img.createGraphics();
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), radius, new float[] {0f, 0.55f, 1f},
                new Color[] {new Color(1f, 1f, 1f, alpha), new Color(1f, 1f, 1f, alpha * 0.9f), new Color(1f, 1f, 1f, 0f)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.dispose();
        return img;
    }

    private static BufferedImage noise(BufferedImage img, int amplitude, Random r) {
        int w = img.getWidth();
        int[] px = img.getRGB(0, 0, w, img.getHeight(), null, 0, w);
        for (int i = 0; i < px.length; i++) {
            int rgb = px[i];
            int n = (int) (r.nextGaussian() * amplitude / 2);
            px[i] = (clamp(((rgb >> 16) & 0xff) + n) << 16) | (clamp(((rgb >> 8) & 0xff) + n) << 8) | clamp((rgb & 0xff) + n);
        }
        img.setRGB(0, 0, w, img.getHeight(), px, 0, w);
        return img;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    static BufferedImage jpegRoundTrip(BufferedImage img, float quality) {
        try {
            byte[] bytes = jpeg(img, quality);
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JPEG bytes at a quality 0..1. */
    public static byte[] jpeg(BufferedImage img, float quality) {
        try {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
            ImageWriter writer = writers.next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(img, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
