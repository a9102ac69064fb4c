package org.ekyc.hub.bench.document.unseen;

import java.util.Random;

/** Standard normal samples from a fixed table: per-pixel noise without a logarithm per pixel. */
final class Noise {

    private static final double[] TABLE = new double[1 << 16];

    static {
        Random r = new Random(0x5eed);
        for (int i = 0; i < TABLE.length; i++) {
            TABLE[i] = r.nextGaussian();
        }
    }

    private Noise() {
    }

    static double gaussian(Random r) {
        return TABLE[r.nextInt(TABLE.length)];
    }
}
