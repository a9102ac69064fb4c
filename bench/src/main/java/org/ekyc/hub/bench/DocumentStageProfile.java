package org.ekyc.hub.bench;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.document.DocumentChecker;
import org.ekyc.hub.verification.document.DocumentImageDecoder;
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

    private DocumentStageProfile() {
    }

    private static void record(String stage, long startNanos) {
        StageProfile.record(stage, (System.nanoTime() - startNanos) / 1e6);
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (TesseractPool pool = new TesseractPool(TesseractPool.tessdata(), 1, 120_000)) {
            DocumentChecker checker = new DocumentChecker(new StageProfile.TimedOcr(pool), QualityThresholds.DEFAULT, clock);
            QualityGate gate = new QualityGate(QualityThresholds.DEFAULT);
            for (DocumentType type : List.of(DocumentType.PASSPORT_TD3, DocumentType.ALIEN_REGISTRATION_CARD)) {
                for (int i = 0; i < 3; i++) {
                    checker.check(SyntheticDocuments.generate(seed + 99, i, type, Degradation.NONE, false).jpeg(), null);
                }
            }
            StageProfile.clear();
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
        StageProfile.print();
    }
}
