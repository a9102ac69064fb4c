package org.ekyc.hub.bench.face;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Timing, quantile and image helpers of {@link FaceEval}. */
public final class EvalSupport {

    private EvalSupport() {
    }

    interface Work {
        void run() throws Exception;
    }

    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Median wall time and median CPU time of the calling thread ("wall / cpu" ms). */
    record Timing(double wall, double cpu) {
        @Override
        public String toString() {
            return String.format("%.1f / %.1f", wall, cpu);
        }
    }

    static Timing median(int runs, int warmup, Work w) throws Exception {
        for (int i = 0; i < warmup; i++) {
            w.run();
        }
        double[] t = new double[runs];
        double[] c = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cs = THREADS.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            w.run();
            t[i] = ms(System.nanoTime() - s);
            c[i] = ms(THREADS.getCurrentThreadCpuTime() - cs);
        }
        Arrays.sort(t);
        Arrays.sort(c);
        return new Timing(q(t, .5), q(c, .5));
    }

    static double q(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    static int countAtLeast(double[] sorted, double t) {
        return (int) Arrays.stream(sorted).filter(v -> v >= t).count();
    }

    static int countBelow(double[] sorted, double t) {
        return (int) Arrays.stream(sorted).filter(v -> v < t).count();
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static BufferedImage scale(BufferedImage src, int width) {
        int h = src.getHeight() * width / src.getWidth();
        BufferedImage b = new BufferedImage(width, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = b.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, width, h, null);
        g.dispose();
        return b;
    }

    static BufferedImage upscale(BufferedImage src, int width) {
        return scale(src, width);
    }

    /** JPEG bytes of {@code img} at {@code quality} (0–1), with the JDK's writer. */
    public static byte[] jpeg(BufferedImage img, float quality) throws Exception {
        javax.imageio.ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(quality);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream s = ImageIO.createImageOutputStream(out)) {
            w.setOutput(s);
            w.write(null, new javax.imageio.IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }
}
