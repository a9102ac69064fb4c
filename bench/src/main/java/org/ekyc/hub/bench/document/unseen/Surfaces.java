package org.ekyc.hub.bench.document.unseen;

import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * What lies around the document: a scanner's lid (near-white or, lid open, near-black) or, for a
 * phone, a wooden table, a woven cloth, a solid desk, a noisy grey surface or a light stone top.
 */
final class Surfaces {

    private Surfaces() {
    }

    /** A texture drawn at half resolution and scaled up (the capture adds per-pixel sensor noise after). */
    static BufferedImage background(Random r, int width, int height, boolean scanner) {
        int w = (width + 1) / 2;
        int h = (height + 1) / 2;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int kind = scanner ? (r.nextInt(4) == 0 ? 10 : 11) : r.nextInt(5);
        int[] base = switch (kind) {
            case 0 -> new int[]{128, 86, 52};      // wood
            case 1 -> new int[]{60, 72, 96};       // cloth
            case 2 -> solid(r);
            case 3 -> new int[]{110, 110, 112};    // noisy grey
            case 4 -> new int[]{200, 198, 192};    // light stone
            case 10 -> new int[]{18, 18, 20};      // scanner, lid open
            default -> new int[]{246, 246, 244};   // scanner lid
        };
        double f1 = 0.02 + r.nextDouble() * 0.03;
        double phase = r.nextDouble() * 10;
        // a coarse value-noise grid for the stone and grain textures
        int cell = 48;
        double[][] grid = new double[h / cell + 2][w / cell + 2];
        for (double[] row : grid) {
            for (int i = 0; i < row.length; i++) {
                row[i] = r.nextDouble();
            }
        }
        int[] line = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = switch (kind) {
                    case 0 -> 22 * Math.sin(y * f1 + 3 * Math.sin(x * 0.004 + phase) + smooth(grid, x, y, cell) * 4) + Noise.gaussian(r) * 5;
                    case 1 -> ((x / 3 + y / 3) % 2 == 0 ? 10 : -10) + 8 * Math.sin(x * 0.7) * Math.sin(y * 0.7) + Noise.gaussian(r) * 4;
                    case 2 -> Noise.gaussian(r) * 2;
                    case 3 -> Noise.gaussian(r) * 22;
                    case 4 -> 26 * (smooth(grid, x, y, cell) - 0.5) + Noise.gaussian(r) * 3;
                    default -> Noise.gaussian(r) * 1.5;
                };
                int rr = clamp(base[0] + v);
                int gg = clamp(base[1] + v);
                int bb = clamp(base[2] + v);
                line[x] = rr << 16 | gg << 8 | bb;
            }
            img.setRGB(0, y, w, 1, line, 0, w);
        }
        BufferedImage full = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = full.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, width, height, null);
        g.dispose();
        return full;
    }

    private static int[] solid(Random r) {
        int[][] desks = {{40, 40, 44}, {235, 235, 232}, {24, 44, 70}, {150, 30, 30}};
        return desks[r.nextInt(desks.length)];
    }

    private static double smooth(double[][] g, int x, int y, int cell) {
        int gx = x / cell;
        int gy = y / cell;
        double fx = (x % cell) / (double) cell;
        double fy = (y % cell) / (double) cell;
        double top = g[gy][gx] * (1 - fx) + g[gy][gx + 1] * fx;
        double bottom = g[gy + 1][gx] * (1 - fx) + g[gy + 1][gx + 1] * fx;
        return top * (1 - fy) + bottom * fy;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
