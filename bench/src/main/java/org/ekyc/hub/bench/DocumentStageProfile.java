package org.ekyc.hub.bench;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.document.DocumentChecker;
import org.ekyc.hub.verification.document.DocumentImageDecoder;
import org.ekyc.hub.verification.document.ocr.OcrEngine;
import org.ekyc.hub.verification.document.ocr.OcrProfile;
import org.ekyc.hub.verification.document.ocr.OcrSymbol;
import org.ekyc.hub.verification.document.ocr.OcrText;
import org.ekyc.hub.verification.document.ocr.TesseractPool;
import org.ekyc.hub.verification.document.quality.QualityGate;
import org.ekyc.hub.verification.document.quality.QualityThresholds;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;

/**
 * Where a document check spends its time: decode, quality gate (find + rectify + measure), and
 * each OCR call by profile, p50/p95 over generated clean passports and residence cards, one thread.
 * Arguments: {@code [documents per type] [seed]}.
 */
public final class DocumentStageProfile {

    private static final Map<String, List<Double>> STAGES = new LinkedHashMap<>();

    private DocumentStageProfile() {
    }

    private static void record(String stage, long startNanos) {
        STAGES.computeIfAbsent(stage, k -> new ArrayList<>()).add((System.nanoTime() - startNanos) / 1e6);
    }

    /** Times every OCR call by profile. */
    private record Timed(OcrEngine delegate) implements OcrEngine {
        @Override
        public OcrText read(BufferedImage region, OcrProfile profile) {
            long t = System.nanoTime();
            try {
                return delegate.read(region, profile);
            } finally {
                record("ocr " + profile, t);
            }
        }

        @Override
        public List<OcrSymbol> symbols(BufferedImage region, OcrProfile profile) {
            long t = System.nanoTime();
            try {
                return delegate.symbols(region, profile);
            } finally {
                record("ocr symbols " + profile, t);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (TesseractPool pool = new TesseractPool(TesseractPool.tessdata(), 1, 120_000)) {
            DocumentChecker checker = new DocumentChecker(new Timed(pool), QualityThresholds.DEFAULT, clock);
            QualityGate gate = new QualityGate(QualityThresholds.DEFAULT);
            for (DocumentType type : List.of(DocumentType.PASSPORT_TD3, DocumentType.ALIEN_REGISTRATION_CARD)) {
                for (int i = 0; i < 3; i++) {
                    checker.check(SyntheticDocuments.generate(seed + 99, i, type, Degradation.NONE, false).jpeg(), null);
                }
            }
            STAGES.clear();
            for (DocumentType type : List.of(DocumentType.PASSPORT_TD3, DocumentType.ALIEN_REGISTRATION_CARD)) {
                for (int i = 0; i < n; i++) {
                    byte[] jpeg = SyntheticDocuments.generate(seed, i, type, Degradation.NONE, false).jpeg();
                    long t = System.nanoTime();
                    BufferedImage photo = DocumentImageDecoder.decode(jpeg);
                    record("decode", t);
                    t = System.nanoTime();
                    gate.assess(photo, null);
                    record("quality gate", t);
                    t = System.nanoTime();
                    checker.check(jpeg, null);
                    record("check " + type, t);
                }
            }
        }
        System.out.printf("%-36s %6s %8s %8s %8s%n", "stage", "calls", "p50 ms", "p95 ms", "sum ms");
        STAGES.forEach((stage, ms) -> {
            double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%-36s %6d %8.1f %8.1f %8.0f%n", stage, v.length, v[v.length / 2],
                    v[(int) Math.ceil(v.length * 0.95) - 1], java.util.Arrays.stream(v).sum());
        });
    }
}
