package org.ekyc.hub.verification.document;

import boofcv.abst.transform.fft.DiscreteFourierTransform;
import boofcv.alg.distort.RemovePerspectiveDistortion;
import boofcv.alg.transform.fft.DiscreteFourierTransformOps;
import boofcv.struct.image.GrayF32;
import boofcv.struct.image.InterleavedF32;
import georegression.struct.point.Point2D_F32;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.document.quality.Quad;

/**
 * Screen-recapture signs: a document photographed off a phone or monitor instead of held in hand.
 * Measured only inside the layout's portrait, in the photo's own pixels (no resampling): a
 * photograph of a face has a smooth spectrum without isolated peaks, while a screen's pixel grid
 * shows everywhere, resolved as a grid or aliased into moiré. Printed periodic structure (table
 * rules, guilloche, hatching) is outside the portrait, so it cannot fire this check.
 * <p>
 * Cues, each from a BoofCV DFT of a Hann-windowed patch:
 * <ul>
 *   <li><b>luma peak</b>: the largest isolated peak of the luminance power spectrum over its local
 *       background (median of the bins two to three steps away), bins on the JPEG 8-pixel block
 *       grid excluded;</li>
 *   <li><b>chroma peak</b>: the same on the colour-opponent spectrum (sub-pixel stripes alias into
 *       colour bands);</li>
 *   <li><b>agreement</b>: the largest prominence, in the other half of the portrait, at the frequency of
 *       one of a half's {@value #PEAKS} strongest luminance peaks (a screen's grid is everywhere; a
 *       striped shirt is not);</li>
 *   <li><b>red/blue phase</b> at the chroma peak (an RGB stripe display puts the channels a third of a
 *       pixel apart): reported as evidence, not used to decide — JPEG's halved chroma resolution
 *       scrambles it.</li>
 * </ul>
 * Decision: the luma peak stands out in <em>both</em> halves of the portrait (≥ {@value #LUMA}) and a
 * second cue agrees: the same frequency in both halves (≥ {@value #AGREEMENT}) or a chroma peak in both
 * halves (≥ {@value #CHROMA}). On the synthetic captures the honest photos stay below 1.32 / 1.02 /
 * 1.10 (see docs/document-engine.md). The finding's evidence holds these numbers only, never pixels.
 */
public final class ScreenRecaptureCheck {

    /** Inset of the portrait region before measuring (its frame and the print's edges stay out). */
    private static final double INSET = 0.12;
    private static final int MAX_PATCH = 128;
    private static final int MIN_PATCH = 48;
    /** Peaks per half compared with the other half. */
    private static final int PEAKS = 3;
    /** log10 prominence limits of the decision (see the class comment). */
    static final double LUMA = 1.8;
    static final double AGREEMENT = 1.5;
    static final double CHROMA = 1.4;

    /**
     * What was measured.
     *
     * @param patch       side of the patches in photo pixels
     * @param lumaPeak    log10 of the strongest isolated luminance peak over its background, the weaker of the two patches
     * @param chromaPeak  the same for the colour-opponent spectrum
     * @param stripePhase degrees between red and blue at the chroma peak, 0..180
     * @param agreement   the largest log10 prominence, in one patch, at the frequency (±1 bin) of one of the other patch's strongest luminance peaks
     * @param frequency   that peak's frequency in cycles per pixel
     */
    public record Measure(int patch, double lumaPeak, double chromaPeak, double stripePhase, double agreement, double frequency) {

        String evidence() {
            return String.format(Locale.ROOT,
                    "luma peak %.2f, chroma peak %.2f, red/blue phase %.0f°, other half %.2f at %.3f cycles/px, patch %d px",
                    lumaPeak, chromaPeak, stripePhase, agreement, frequency, patch);
        }
    }

    private ScreenRecaptureCheck() {
    }

    /** The finding when the portrait shows a screen's grid, empty otherwise (and when there is no portrait to measure). */
    public static Optional<Finding> check(BufferedImage photo, Quad quad, DocumentLayout layout) {
        return measure(photo, quad, layout).filter(ScreenRecaptureCheck::screen)
                .map(m -> new Finding(ReasonCode.DOCUMENT_SCREEN_RECAPTURE, Severity.REVIEW, m.evidence()));
    }

    /** The decision on a measure. */
    static boolean screen(Measure m) {
        return m.lumaPeak() >= LUMA && (m.agreement() >= AGREEMENT || m.chromaPeak() >= CHROMA);
    }

    /** The cues on the portrait's upper and lower half; empty when the layout has no portrait or it is too small in the photo. */
    public static Optional<Measure> measure(BufferedImage photo, Quad quad, DocumentLayout layout) {
        if (layout == null || layout.portrait() == null || quad == null) {
            return Optional.empty();
        }
        RemovePerspectiveDistortion<GrayF32> h = new RemovePerspectiveDistortion<>(layout.width(), layout.height());
        if (!h.createTransform(quad.topLeft(), quad.topRight(), quad.bottomRight(), quad.bottomLeft())) {
            return Optional.empty();
        }
        Rectangle2D p = layout.portrait();
        double x0 = (p.getX() + p.getWidth() * INSET) * layout.width();
        double x1 = (p.getMaxX() - p.getWidth() * INSET) * layout.width();
        double y0 = (p.getY() + p.getHeight() * INSET) * layout.height();
        double y1 = (p.getMaxY() - p.getHeight() * INSET) * layout.height();
        double ym = (y0 + y1) / 2;
        // each half as a quadrilateral in the photo; the patch is the largest aligned square inside it
        float[][] upper = corners(h, x0, y0, x1, ym);
        float[][] lower = corners(h, x0, ym, x1, y1);
        int side = Math.min(MAX_PATCH, Math.min(inscribed(upper), inscribed(lower)) / 8 * 8);
        if (side < MIN_PATCH) {
            return Optional.empty();
        }
        Spectrum a = spectrum(photo, upper, side);
        Spectrum b = spectrum(photo, lower, side);
        if (a == null || b == null) {
            return Optional.empty();
        }
        // one of either half's strongest peaks must stand out at the same frequency in the other half
        // (a screen's grid gives several peaks, harmonics and lattice points, not always ranked alike)
        double agreement = -Double.MAX_VALUE;
        int[] at = a.lumaPeaks[0];
        for (Spectrum[] pair : new Spectrum[][] {{a, b}, {b, a}}) {
            for (int[] peak : pair[0].lumaPeaks) {
                for (int dv = -1; dv <= 1; dv++) {
                    for (int du = -1; du <= 1; du++) {
                        double there = prominence(pair[1].luma, side, peak[0] + du, peak[1] + dv);
                        if (there > agreement) {
                            agreement = there;
                            at = peak;
                        }
                    }
                }
            }
        }
        Spectrum chroma = a.chromaPeak >= b.chromaPeak ? a : b;
        return Optional.of(new Measure(side, Math.min(a.lumaPeak, b.lumaPeak), Math.min(a.chromaPeak, b.chromaPeak),
                chroma.phase, agreement, Math.hypot(at[0], at[1]) / side));
    }

    private static float[][] corners(RemovePerspectiveDistortion<GrayF32> h, double x0, double y0, double x1, double y1) {
        double[][] c = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
        float[][] out = new float[4][];
        Point2D_F32 q = new Point2D_F32();
        for (int i = 0; i < 4; i++) {
            h.getTransform().compute((float) c[i][0], (float) c[i][1], q);
            out[i] = new float[] {q.x, q.y};
        }
        return out;
    }

    /** Side of the largest axis-aligned square centred on the quadrilateral's centre that fits inside it. */
    private static int inscribed(float[][] quad) {
        double cx = 0;
        double cy = 0;
        for (float[] c : quad) {
            cx += c[0] / 4;
            cy += c[1] / 4;
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            float[] a = quad[i];
            float[] b = quad[(i + 1) % 4];
            // a square of half-side s fits while every corner is inside: distance along the edge normal
            double ex = b[0] - a[0];
            double ey = b[1] - a[1];
            double len = Math.hypot(ex, ey);
            double nx = -ey / len;
            double ny = ex / len;
            double dist = Math.abs((cx - a[0]) * nx + (cy - a[1]) * ny);
            best = Math.min(best, dist / (Math.abs(nx) + Math.abs(ny)));
        }
        return (int) (2 * best);
    }

    /** The cues of one patch. */
    private record Spectrum(float[] luma, double lumaPeak, int[][] lumaPeaks, double chromaPeak, double phase) {
    }

    private static Spectrum spectrum(BufferedImage photo, float[][] quad, int n) {
        double cx = 0;
        double cy = 0;
        for (float[] c : quad) {
            cx += c[0] / 4;
            cy += c[1] / 4;
        }
        // aligned to the JPEG block grid, so block artefacts fall on known bins
        int x0 = (int) Math.round((cx - n / 2.0) / 8) * 8;
        int y0 = (int) Math.round((cy - n / 2.0) / 8) * 8;
        if (x0 < 0 || y0 < 0 || x0 + n > photo.getWidth() || y0 + n > photo.getHeight()) {
            return null;
        }
        int[] px = photo.getRGB(x0, y0, n, n, null, 0, n);
        DiscreteFourierTransform<GrayF32, InterleavedF32> dft = DiscreteFourierTransformOps.createTransformF32();
        InterleavedF32[] f = new InterleavedF32[3];
        float[] window = hann(n);
        for (int c = 0; c < 3; c++) {
            GrayF32 channel = new GrayF32(n, n);
            double mean = 0;
            for (int k = 0; k < px.length; k++) {
                float v = (px[k] >> (16 - 8 * c)) & 0xff;
                channel.data[k] = v;
                mean += v;
            }
            mean /= px.length;
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    channel.data[y * n + x] = (float) ((channel.data[y * n + x] - mean) * window[x] * window[y]);
                }
            }
            f[c] = new InterleavedF32(n, n, 2);
            dft.forward(channel, f[c]);
        }
        float[] luma = new float[n * n];
        float[] chroma = new float[n * n];
        for (int k = 0; k < n * n; k++) {
            float rr = f[0].data[2 * k];
            float ri = f[0].data[2 * k + 1];
            float gr = f[1].data[2 * k];
            float gi = f[1].data[2 * k + 1];
            float br = f[2].data[2 * k];
            float bi = f[2].data[2 * k + 1];
            float yr = rr + gr + br;
            float yi = ri + gi + bi;
            luma[k] = yr * yr + yi * yi;
            // colour-opponent: red-blue and (red+blue)/2-green
            float c1r = rr - br;
            float c1i = ri - bi;
            float c2r = (rr + br) / 2 - gr;
            float c2i = (ri + bi) / 2 - gi;
            chroma[k] = c1r * c1r + c1i * c1i + c2r * c2r + c2i * c2i;
        }
        int[][] lp = peaks(luma, n);
        int[] cp = peaks(chroma, n)[0];
        int k = index(cp[0], cp[1], n);
        // phase of red against blue at the chroma peak
        double re = f[0].data[2 * k] * f[2].data[2 * k] + f[0].data[2 * k + 1] * f[2].data[2 * k + 1];
        double im = f[0].data[2 * k + 1] * f[2].data[2 * k] - f[0].data[2 * k] * f[2].data[2 * k + 1];
        double phase = Math.abs(Math.toDegrees(Math.atan2(im, re)));
        return new Spectrum(luma, prominence(luma, n, lp[0][0], lp[0][1]), lp, prominence(chroma, n, cp[0], cp[1]), phase);
    }

    /**
     * The {@value #PEAKS} bins (u, v) in the upper half plane, outside the lowest frequencies and the
     * JPEG block grid, with the largest power over their background, best first: candidates by the
     * ring's mean (a box sum, cheap), ranked by the ring's median (robust to a neighbouring harmonic).
     */
    private static int[][] peaks(float[] power, int n) {
        int block = n / 8;
        int minRadius = Math.max(3, n / 24);
        int candidates = 6;
        double[] score = new double[candidates];
        int[][] at = new int[candidates][];
        java.util.Arrays.fill(score, -1);
        double[] sat = summedArea(power, n);
        for (int v = 0; v <= n / 2 - 4; v++) {
            for (int u = -n / 2 + 4; u <= n / 2 - 4; u++) {
                if (v == 0 && u < 0 || u * u + v * v < minRadius * minRadius
                        || onGrid(u, block) || onGrid(v, block)) {
                    continue;
                }
                double ring = (box(sat, n, u, v, 3) - box(sat, n, u, v, 1)) / 40;
                double ratio = power[index(u, v, n)] / (ring + 1e-3);
                if (ratio > score[candidates - 1]) {
                    int i = candidates - 1;
                    while (i > 0 && score[i - 1] < ratio) {
                        score[i] = score[i - 1];
                        at[i] = at[i - 1];
                        i--;
                    }
                    score[i] = ratio;
                    at[i] = new int[] {u, v};
                }
            }
        }
        float[] ring = new float[40];
        java.util.List<int[]> found = new java.util.ArrayList<>();
        java.util.Map<int[], Double> prominence = new java.util.IdentityHashMap<>();
        for (int[] c : at) {
            if (c != null) {
                found.add(c);
                prominence.put(c, power[index(c[0], c[1], n)] / (background(power, n, c[0], c[1], ring) + 1e-3));
            }
        }
        if (found.isEmpty()) {
            return new int[][] {{minRadius, 0}};
        }
        found.sort((x, y) -> Double.compare(prominence.get(y), prominence.get(x)));
        return found.subList(0, Math.min(PEAKS, found.size())).toArray(new int[0][]);
    }

    /** Summed-area table of the power spectrum with the zero frequency centred (index (u + n/2, v + n/2)). */
    private static double[] summedArea(float[] power, int n) {
        double[] sat = new double[(n + 1) * (n + 1)];
        for (int y = 0; y < n; y++) {
            double row = 0;
            for (int x = 0; x < n; x++) {
                row += power[index(x - n / 2, y - n / 2, n)];
                sat[(y + 1) * (n + 1) + x + 1] = sat[y * (n + 1) + x + 1] + row;
            }
        }
        return sat;
    }

    /** Sum of the (2r+1)² bins around (u, v); the caller keeps (u, v) at least r bins from the edges of the centred spectrum. */
    private static double box(double[] sat, int n, int u, int v, int r) {
        int x0 = u + n / 2 - r;
        int y0 = v + n / 2 - r;
        int x1 = u + n / 2 + r + 1;
        int y1 = v + n / 2 + r + 1;
        int w = n + 1;
        return sat[y1 * w + x1] - sat[y0 * w + x1] - sat[y1 * w + x0] + sat[y0 * w + x0];
    }

    private static boolean onGrid(int f, int block) {
        int m = Math.floorMod(f, block);
        return m <= 1 || m >= block - 1;
    }

    private static double prominence(float[] power, int n, int u, int v) {
        return Math.log10(power[index(u, v, n)] / (background(power, n, u, v, new float[40]) + 1e-3) + 1e-9);
    }

    /** Median power of the bins at Chebyshev distance 2 and 3 (the peak's own spread of ±1 bin left out). */
    private static double background(float[] power, int n, int u, int v, float[] ring) {
        int count = 0;
        for (int dv = -3; dv <= 3; dv++) {
            for (int du = -3; du <= 3; du++) {
                if (Math.max(Math.abs(du), Math.abs(dv)) >= 2) {
                    ring[count++] = power[index(u + du, v + dv, n)];
                }
            }
        }
        Arrays.sort(ring, 0, count);
        return ring[count / 2];
    }

    private static int index(int u, int v, int n) {
        return Math.floorMod(v, n) * n + Math.floorMod(u, n);
    }

    private static float[] hann(int n) {
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * (i + 0.5) / n));
        }
        return w;
    }
}
