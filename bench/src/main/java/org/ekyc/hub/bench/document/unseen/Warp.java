package org.ekyc.hub.bench.document.unseen;

import java.awt.image.BufferedImage;

/**
 * Draws a flat document into a photo through the projective map that takes its rectangle to a
 * quadrilateral (the unit square → quadrilateral map in closed form, inverted per pixel, bilinear
 * sampling, edges anti-aliased by coverage of 2 × 2 sub-samples; document rendered at its own
 * resolution, the photo's pixels sampling it).
 */
final class Warp {

    private Warp() {
    }

    /** {@code quad}: the document's top-left, top-right, bottom-right, bottom-left corners in {@code out}. */
    static void draw(BufferedImage doc, double[][] quad, BufferedImage out) {
        double[] m = squareToQuad(quad);
        double[] inv = adjoint(m);
        int sw = doc.getWidth();
        int sh = doc.getHeight();
        int[] src = doc.getRGB(0, 0, sw, sh, null, 0, sw);
        int minX = (int) Math.max(0, Math.floor(Math.min(Math.min(quad[0][0], quad[1][0]), Math.min(quad[2][0], quad[3][0]))));
        int maxX = (int) Math.min(out.getWidth() - 1, Math.ceil(Math.max(Math.max(quad[0][0], quad[1][0]), Math.max(quad[2][0], quad[3][0]))));
        int minY = (int) Math.max(0, Math.floor(Math.min(Math.min(quad[0][1], quad[1][1]), Math.min(quad[2][1], quad[3][1]))));
        int maxY = (int) Math.min(out.getHeight() - 1, Math.ceil(Math.max(Math.max(quad[0][1], quad[1][1]), Math.max(quad[2][1], quad[3][1]))));
        if (minX > maxX || minY > maxY) {
            return;
        }
        int rowW = maxX - minX + 1;
        int[] row = new int[rowW];
        for (int y = minY; y <= maxY; y++) {
            out.getRGB(minX, y, rowW, 1, row, 0, rowW);
            for (int x = minX; x <= maxX; x++) {
                double r = 0;
                double g = 0;
                double b = 0;
                int inside = 0;
                // one bilinear sample inside the document, 2 x 2 coverage samples along its edges
                double cw = inv[6] * (x + 0.5) + inv[7] * (y + 0.5) + inv[8];
                double cu = (inv[0] * (x + 0.5) + inv[1] * (y + 0.5) + inv[2]) / cw;
                double cv = (inv[3] * (x + 0.5) + inv[4] * (y + 0.5) + inv[5]) / cw;
                double edge = 2.0 / Math.min(sw, sh);
                if (cu > edge && cu < 1 - edge && cv > edge && cv < 1 - edge) {
                    row[x - minX] = bilinear(src, sw, sh, cu * sw - 0.5, cv * sh - 0.5);
                    continue;
                }
                for (int s = 0; s < 4; s++) {
                    double px = x + 0.25 + 0.5 * (s & 1);
                    double py = y + 0.25 + 0.5 * (s >> 1);
                    double w = inv[6] * px + inv[7] * py + inv[8];
                    double u = (inv[0] * px + inv[1] * py + inv[2]) / w;
                    double v = (inv[3] * px + inv[4] * py + inv[5]) / w;
                    if (u < 0 || u >= 1 || v < 0 || v >= 1) {
                        continue;
                    }
                    int c = bilinear(src, sw, sh, u * sw - 0.5, v * sh - 0.5);
                    r += (c >> 16) & 255;
                    g += (c >> 8) & 255;
                    b += c & 255;
                    inside++;
                }
                if (inside == 0) {
                    continue;
                }
                int bg = row[x - minX];
                double a = inside / 4.0;
                int rr = (int) Math.round(r / inside * a + ((bg >> 16) & 255) * (1 - a));
                int gg = (int) Math.round(g / inside * a + ((bg >> 8) & 255) * (1 - a));
                int bb = (int) Math.round(b / inside * a + (bg & 255) * (1 - a));
                row[x - minX] = rr << 16 | gg << 8 | bb;
            }
            out.setRGB(minX, y, rowW, 1, row, 0, rowW);
        }
    }

    private static int bilinear(int[] src, int w, int h, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        int x1 = Math.min(w - 1, Math.max(0, x0 + 1));
        int y1 = Math.min(h - 1, Math.max(0, y0 + 1));
        x0 = Math.min(w - 1, Math.max(0, x0));
        y0 = Math.min(h - 1, Math.max(0, y0));
        int c00 = src[y0 * w + x0];
        int c10 = src[y0 * w + x1];
        int c01 = src[y1 * w + x0];
        int c11 = src[y1 * w + x1];
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double top = ((c00 >> shift) & 255) * (1 - fx) + ((c10 >> shift) & 255) * fx;
            double bottom = ((c01 >> shift) & 255) * (1 - fx) + ((c11 >> shift) & 255) * fx;
            out |= ((int) Math.round(top * (1 - fy) + bottom * fy)) << shift;
        }
        return out;
    }

    /** Row-major 3 × 3 matrix taking (u, v, 1) of the unit square to the quadrilateral (Heckbert's closed form). */
    static double[] squareToQuad(double[][] q) {
        double x0 = q[0][0], y0 = q[0][1], x1 = q[1][0], y1 = q[1][1];
        double x2 = q[2][0], y2 = q[2][1], x3 = q[3][0], y3 = q[3][1];
        double sx = x0 - x1 + x2 - x3;
        double sy = y0 - y1 + y2 - y3;
        double a, b, c, d, e, f, g, h;
        if (Math.abs(sx) < 1e-9 && Math.abs(sy) < 1e-9) {
            a = x1 - x0; b = x3 - x0; c = x0;
            d = y1 - y0; e = y3 - y0; f = y0;
            g = 0; h = 0;
        } else {
            double dx1 = x1 - x2, dx2 = x3 - x2, dy1 = y1 - y2, dy2 = y3 - y2;
            double den = dx1 * dy2 - dx2 * dy1;
            g = (sx * dy2 - dx2 * sy) / den;
            h = (dx1 * sy - sx * dy1) / den;
            a = x1 - x0 + g * x1; b = x3 - x0 + h * x3; c = x0;
            d = y1 - y0 + g * y1; e = y3 - y0 + h * y3; f = y0;
        }
        // maps column vector (u, v, 1): x = (a u + b v + c) / (g u + h v + 1)
        return new double[]{a, b, c, d, e, f, g, h, 1};
    }

    /** The adjoint of a 3 × 3 matrix: its inverse up to scale, enough for a projective map. */
    static double[] adjoint(double[] m) {
        return new double[]{
                m[4] * m[8] - m[5] * m[7], m[2] * m[7] - m[1] * m[8], m[1] * m[5] - m[2] * m[4],
                m[5] * m[6] - m[3] * m[8], m[0] * m[8] - m[2] * m[6], m[2] * m[3] - m[0] * m[5],
                m[3] * m[7] - m[4] * m[6], m[1] * m[6] - m[0] * m[7], m[0] * m[4] - m[1] * m[3]};
    }
}
