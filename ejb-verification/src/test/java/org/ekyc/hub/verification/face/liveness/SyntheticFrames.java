package org.ekyc.hub.verification.face.liveness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds measurement sequences as a face-tracking client would produce them, without images. */
final class SyntheticFrames {

    static final double OPEN_EAR = 0.32;

    private final List<FrameMeasurement> frames = new ArrayList<>();
    private final float[] person;
    private final Random random = new Random(7);
    private long t = 0;
    private int serial;
    private final String session;

    SyntheticFrames(String session, long personSeed) {
        this.session = session;
        this.person = unit(new Random(personSeed), 512);
    }

    static float[] unit(Random r, int n) {
        float[] v = new float[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < n; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    /** The person's embedding with a little per-frame noise (cosine to the clean one ≈ 0.9). */
    private float[] noisy(float[] base) {
        float[] noise = unit(random, base.length);
        float[] v = new float[base.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = base[i] + 0.45f * noise[i];
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    SyntheticFrames frame(double yaw, double ear, double closedProb) {
        return frame(yaw, ear, closedProb, person);
    }

    SyntheticFrames frame(double yaw, double ear, double closedProb, float[] who) {
        t += 120;
        frames.add(new FrameMeasurement(t, session + "-" + serial++, 1, yaw, ear, closedProb, 0.97, noisy(who)));
        return this;
    }

    SyntheticFrames neutral(int n) {
        for (int i = 0; i < n; i++) {
            frame(random.nextGaussian() * 2, OPEN_EAR + random.nextGaussian() * 0.01, 0.02);
        }
        return this;
    }

    SyntheticFrames turnLeft() {
        return frame(12, OPEN_EAR, 0.02).frame(26, 0.30, 0.03).frame(31, 0.29, 0.03).frame(14, OPEN_EAR, 0.02).neutral(1);
    }

    SyntheticFrames turnRight() {
        return frame(-12, OPEN_EAR, 0.02).frame(-25, 0.30, 0.03).frame(-30, 0.29, 0.03).frame(-13, OPEN_EAR, 0.02).neutral(1);
    }

    SyntheticFrames blink() {
        return frame(1, 0.20, 0.4).frame(0, 0.09, 0.95).frame(1, 0.12, 0.9).neutral(1);
    }

    /** A broad smile: EAR falls to 0.19 (59 % of 0.32) but the eye model sees open eyes. */
    SyntheticFrames smile() {
        return frame(0, 0.19, 0.05).frame(1, 0.19, 0.06).neutral(1);
    }

    List<FrameMeasurement> build() {
        return List.copyOf(frames);
    }

    float[] person() {
        return person;
    }
}
