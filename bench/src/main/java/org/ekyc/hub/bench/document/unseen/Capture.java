package org.ekyc.hub.bench.document.unseen;

import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Random;
import java.util.Set;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * How a drawn document reaches the engine: a scanner (flat, 300 dpi, cropped to the document's
 * edges or with a little of the lid around it) or a phone (on a table or another background,
 * margins 10–30 %, perspective, turned by 90/180/270°, shadow, glare, blur, JPEG), each mild
 * condition meant to be read, each severe one meant to be sent back with the reason a customer
 * can act on ({@link #expectedRetake}).
 */
public enum Capture {
    /** Scanner or auto-cropping SDK: the image is the document, margin 0, skew ≤ 0.4°. */
    SCAN_EDGE(),
    /** Scanner with the lid around the document: margin 2–8 %, skew ≤ 1.5°. */
    SCAN_MARGIN(),
    /** Phone on a table: margin 10–30 %, mild perspective and rotation, JPEG q 0.80. */
    PHONE_TABLE(),
    /** The same, with the phone turned: the photo arrives rotated by 90, 180 or 270°, no EXIF tag. */
    PHONE_TURNED(),
    /** The same with the phone's shadow across the document (a gradient down to ~55 % light). */
    PHONE_SHADOW(),
    /** The same with a small glare spot (a brightening that burns out little of the card). */
    PHONE_GLARE(),
    /** The same, slightly out of focus (Gaussian σ ≈ 1.1 px) and JPEG q 0.50. */
    PHONE_SOFT_JPEG(),
    /** Badly out of focus (σ ≈ 7 px). */
    SEVERE_BLUR(ReasonCode.IMAGE_BLURRED),
    /** Almost no light (≈ 18 %). */
    SEVERE_DARK(ReasonCode.IMAGE_TOO_DARK),
    /** A large saturating glare over the document (IMAGE_OVEREXPOSED is an equally right answer). */
    SEVERE_GLARE(ReasonCode.IMAGE_GLARE, ReasonCode.IMAGE_OVEREXPOSED),
    /** A corner of the document outside the photo. */
    CUT_OFF(ReasonCode.DOCUMENT_CUT_OFF);

    private final Set<ReasonCode> expectedRetake;

    Capture(ReasonCode... expectedRetake) {
        this.expectedRetake = Set.of(expectedRetake);
    }

    /** The retake reasons a right answer gives (any one of them); empty when the capture is good enough to be read. */
    public Set<ReasonCode> expectedRetake() {
        return expectedRetake;
    }

    /** Whether the capture is good enough to be read (clean or mild). */
    public boolean readable() {
        return expectedRetake.isEmpty();
    }

    /** Photographs or scans {@code doc} and returns the JPEG bytes a client would send. */
    public byte[] capture(BufferedImage doc, Random r) {
        boolean scan = this == SCAN_EDGE || this == SCAN_MARGIN;
        double w = doc.getWidth();
        double h = doc.getHeight();
        // the document's corners in the output, before the margin
        double angle = Math.toRadians(switch (this) {
            case SCAN_EDGE -> (r.nextDouble() - 0.5) * 0.8;
            case SCAN_MARGIN -> (r.nextDouble() - 0.5) * 3;
            default -> (r.nextDouble() - 0.5) * 12;
        });
        double jitter = scan ? 0 : 0.035 * w;
        double[][] quad = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        double cx = w / 2;
        double cy = h / 2;
        for (double[] q : quad) {
            double x = q[0] - cx + (r.nextDouble() - 0.5) * 2 * jitter;
            double y = q[1] - cy + (r.nextDouble() - 0.5) * 2 * jitter;
            q[0] = x * Math.cos(angle) - y * Math.sin(angle);
            q[1] = x * Math.sin(angle) + y * Math.cos(angle);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] q : quad) {
            minX = Math.min(minX, q[0]);
            minY = Math.min(minY, q[1]);
            maxX = Math.max(maxX, q[0]);
            maxY = Math.max(maxY, q[1]);
        }
        double margin = switch (this) {
            case SCAN_EDGE -> 0;
            case SCAN_MARGIN -> 0.02 + r.nextDouble() * 0.06;
            default -> 0.10 + r.nextDouble() * 0.20;
        } * w;
        double offX = margin - minX;
        double offY = margin - minY;
        if (this == CUT_OFF) {
            // push the document past one side by 8–14 % of its width
            double push = (0.08 + r.nextDouble() * 0.06) * w;
            if (r.nextBoolean()) {
                offX -= push + margin;
            } else {
                offY -= push + margin;
            }
        }
        // phones: scale so the photo's long side is ~1,400–1,800 px; scanners keep 300 dpi
        double outW0 = maxX - minX + 2 * margin;
        double outH0 = maxY - minY + 2 * margin;
        double k = scan ? 1 : (1400 + r.nextInt(400)) / Math.max(outW0, outH0);
        int outW = (int) Math.round(outW0 * k);
        int outH = (int) Math.round(outH0 * k);
        for (double[] q : quad) {
            q[0] = (q[0] + offX) * k;
            q[1] = (q[1] + offY) * k;
        }
        BufferedImage out = Surfaces.background(r, outW, outH, scan);
        Warp.draw(doc, quad, out);
        if (!scan) {
            light(out, r);
        }
        int jpegQuality = switch (this) {
            case SCAN_EDGE, SCAN_MARGIN -> 92;
            case PHONE_SOFT_JPEG -> 50;
            default -> 80;
        };
        if (this == PHONE_SOFT_JPEG) {
            out = blur(out, 1.1);
        } else if (this == SEVERE_BLUR) {
            out = blur(out, 7);
        } else if (!scan) {
            out = blur(out, 0.5);
        }
        if (this == PHONE_TURNED) {
            out = turn(out, 1 + r.nextInt(3));
        }
        return jpeg(out, jpegQuality / 100f);
    }

    /** Shadow, glare, darkness and sensor noise, per condition. */
    private void light(BufferedImage img, Random r) {
        int w = img.getWidth();
        int h = img.getHeight();
        double shadowAngle = r.nextDouble() * Math.PI * 2;
        double gx = Math.cos(shadowAngle);
        double gy = Math.sin(shadowAngle);
        double gx0 = r.nextDouble() * w;
        double gy0 = r.nextDouble() * h;
        double glareX = w * (0.3 + r.nextDouble() * 0.4);
        double glareY = h * (0.3 + r.nextDouble() * 0.4);
        double glareSigma = (this == SEVERE_GLARE ? 0.14 : 0.035) * w;
        // a mild spot brightens the card without burning much of it out; the severe one saturates a large area
        double glareAmp = this == SEVERE_GLARE ? 420 : 80 + r.nextDouble() * 30;
        // a phone exposes for the scene: a light card comes out at 80-98 % of its printed brightness
        double ambient = this == SEVERE_DARK ? 0.18 : 0.80 + r.nextDouble() * 0.18;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                double f = ambient;
                if (this == PHONE_SHADOW) {
                    double t = ((x - gx0) * gx + (y - gy0) * gy) / Math.max(w, h);
                    f *= 0.55 + 0.45 / (1 + Math.exp(-8 * t));
                }
                double add = 0;
                if (this == PHONE_GLARE || this == SEVERE_GLARE) {
                    double dx = x - glareX;
                    double dy = y - glareY;
                    add = glareAmp * Math.exp(-(dx * dx + dy * dy) / (2 * glareSigma * glareSigma));
                }
                double noise = Noise.gaussian(r) * (this == SEVERE_DARK ? 3 : 4);
                int c = row[x];
                int rr = clamp(((c >> 16) & 255) * f + add + noise);
                int gg = clamp(((c >> 8) & 255) * f + add + noise);
                int bb = clamp((c & 255) * f + add + noise);
                row[x] = rr << 16 | gg << 8 | bb;
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    static BufferedImage blur(BufferedImage img, double sigma) {
        int radius = (int) Math.ceil(sigma * 2.5);
        float[] k = new float[2 * radius + 1];
        float sum = 0;
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + radius];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        BufferedImage a = new ConvolveOp(new Kernel(k.length, 1, k), ConvolveOp.EDGE_NO_OP, null).filter(img, null);
        return new ConvolveOp(new Kernel(1, k.length, k), ConvolveOp.EDGE_NO_OP, null).filter(a, null);
    }

    /** The photo turned by {@code quarters} × 90° clockwise. */
    static BufferedImage turn(BufferedImage img, int quarters) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] src = img.getRGB(0, 0, w, h, null, 0, w);
        boolean swap = quarters % 2 == 1;
        int ow = swap ? h : w;
        int oh = swap ? w : h;
        int[] dst = new int[src.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = src[y * w + x];
                switch (quarters) {
                    case 1 -> dst[x * ow + (h - 1 - y)] = c;
                    case 2 -> dst[(h - 1 - y) * ow + (w - 1 - x)] = c;
                    default -> dst[(w - 1 - x) * ow + y] = c;
                }
            }
        }
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, ow, oh, dst, 0, ow);
        return out;
    }

    static byte[] jpeg(BufferedImage img, float quality) {
        try {
            return org.ekyc.hub.bench.face.EvalSupport.jpeg(img, quality);
        } catch (Exception e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        }
    }
}
