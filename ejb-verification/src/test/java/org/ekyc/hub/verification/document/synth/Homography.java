package org.ekyc.hub.verification.document.synth;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/** Paints a flat image into a quadrilateral of another (a projective warp), for synthetic captures. */
final class Homography {

    private Homography() {
    }

    /** Paints {@code src} so its corners land on {@code quad} (tl, tr, br, bl) in {@code dst}. */
    static void paint(BufferedImage src, BufferedImage dst, Point2D.Double[] quad) {
        // H maps destination pixels to source pixels: solve for the quad -> rectangle homography
        double[] h = solve(quad, new double[][] {{0, 0}, {src.getWidth(), 0}, {src.getWidth(), src.getHeight()},
                {0, src.getHeight()}});
        int minX = (int) Math.max(0, Math.floor(Math.min(Math.min(quad[0].x, quad[1].x), Math.min(quad[2].x, quad[3].x))));
        int maxX = (int) Math.min(dst.getWidth() - 1, Math.ceil(Math.max(Math.max(quad[0].x, quad[1].x), Math.max(quad[2].x, quad[3].x))));
        int minY = (int) Math.max(0, Math.floor(Math.min(Math.min(quad[0].y, quad[1].y), Math.min(quad[2].y, quad[3].y))));
        int maxY = (int) Math.min(dst.getHeight() - 1, Math.ceil(Math.max(Math.max(quad[0].y, quad[1].y), Math.max(quad[2].y, quad[3].y))));
        int sw = src.getWidth();
        int[] pixels = src.getRGB(0, 0, sw, src.getHeight(), null, 0, sw);
        int rowWidth = maxX - minX + 1;
        int[] row = new int[rowWidth];
        for (int y = minY; y <= maxY; y++) {
            dst.getRGB(minX, y, rowWidth, 1, row, 0, rowWidth);
            for (int x = minX; x <= maxX; x++) {
                double w = h[6] * x + h[7] * y + 1;
                double sx = (h[0] * x + h[1] * y + h[2]) / w;
                double sy = (h[3] * x + h[4] * y + h[5]) / w;
                if (sx >= 0 && sy >= 0 && sx < sw - 1 && sy < src.getHeight() - 1) {
                    row[x - minX] = bilinear(pixels, sw, sx, sy);
                }
            }
            dst.setRGB(minX, y, rowWidth, 1, row, 0, rowWidth);
        }
    }

    private static int bilinear(int[] img, int width, double x, double y) {
        int x0 = (int) x;
        int y0 = (int) y;
        double fx = x - x0;
        double fy = y - y0;
        int a = img[y0 * width + x0];
        int b = img[y0 * width + x0 + 1];
        int c = img[(y0 + 1) * width + x0];
        int d = img[(y0 + 1) * width + x0 + 1];
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double top = ((a >> shift) & 0xff) * (1 - fx) + ((b >> shift) & 0xff) * fx;
            double bottom = ((c >> shift) & 0xff) * (1 - fx) + ((d >> shift) & 0xff) * fx;
            out |= ((int) Math.round(top * (1 - fy) + bottom * fy) & 0xff) << shift;
        }
        return out;
    }

    /** The 8 parameters of the homography taking {@code from[i]} to {@code to[i]} (Gaussian elimination). */
    static double[] solve(Point2D.Double[] from, double[][] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i].x;
            double y = from[i].y;
            double u = to[i][0];
            double v = to[i][1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int row = col + 1; row < 8; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int row = 0; row < 8; row++) {
                if (row != col) {
                    double f = a[row][col] / a[col][col];
                    for (int k = col; k < 9; k++) {
                        a[row][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[] h = new double[8];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8] / a[i][i];
        }
        return h;
    }
}
