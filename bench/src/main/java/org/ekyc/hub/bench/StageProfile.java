package org.ekyc.hub.bench;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ekyc.hub.verification.document.ocr.OcrEngine;
import org.ekyc.hub.verification.document.ocr.OcrProfile;
import org.ekyc.hub.verification.document.ocr.OcrSymbol;
import org.ekyc.hub.verification.document.ocr.OcrText;
import org.ekyc.hub.verification.imaging.FaceLocator;

/**
 * Where a document check's time goes, for the evaluations: wrappers that time every OCR call by
 * profile and every face detection, and the checking thread's CPU time (Tesseract runs on the
 * calling thread with one OpenMP thread, so CPU time measures the work whatever else the machine runs).
 */
final class StageProfile {

    private static final Map<String, List<Double>> STAGES = new TreeMap<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StageProfile() {
    }

    static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    static synchronized void clear() {
        STAGES.clear();
    }

    static synchronized void record(String stage, double millis) {
        STAGES.computeIfAbsent(stage, k -> new ArrayList<>()).add(millis);
    }

    private static void since(String stage, long startNanos) {
        record(stage, (System.nanoTime() - startNanos) / 1e6);
    }

    static synchronized void print() {
        double total = STAGES.getOrDefault("check (wall)", List.of()).stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf(Locale.ROOT, "%nWhere the time went (wall ms):%n| stage | calls | p50 | p95 | sum | share of checks |%n|---|---|---|---|---|---|%n");
        STAGES.forEach((stage, ms) -> {
            double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double sum = java.util.Arrays.stream(v).sum();
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.0f | %.1f %% |%n", stage, v.length, v[v.length / 2],
                    v[Math.max(0, (int) Math.ceil(v.length * 0.95) - 1)], sum, total == 0 ? 0 : 100 * sum / total);
        });
    }

    /** Times every OCR call by profile. */
    record TimedOcr(OcrEngine delegate) implements OcrEngine {
        @Override
        public OcrText read(BufferedImage region, OcrProfile profile) {
            long t = System.nanoTime();
            try {
                return delegate.read(region, profile);
            } finally {
                since("ocr " + profile, t);
            }
        }

        @Override
        public List<OcrSymbol> symbols(BufferedImage region, OcrProfile profile) {
            long t = System.nanoTime();
            try {
                return delegate.symbols(region, profile);
            } finally {
                since("ocr symbols " + profile, t);
            }
        }
    }

    /** Times every face detection. */
    record TimedFaces(FaceLocator delegate) implements FaceLocator {
        @Override
        public List<Rectangle> find(BufferedImage image) {
            long t = System.nanoTime();
            try {
                return delegate.find(image);
            } finally {
                since("face detection", t);
            }
        }

        @Override
        public double uprightFace(BufferedImage image) {
            long t = System.nanoTime();
            try {
                return delegate.uprightFace(image);
            } finally {
                since("face detection (which way up)", t);
            }
        }
    }
}
