package org.ekyc.hub.verification.document.synth;

import java.awt.image.BufferedImage;
import java.util.Locale;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.document.DocumentImageDecoder;
import org.ekyc.hub.verification.document.ScreenRecaptureCheck;
import org.ekyc.hub.verification.document.quality.Assessment;
import org.ekyc.hub.verification.document.quality.QualityGate;
import org.ekyc.hub.verification.document.quality.QualityThresholds;

/**
 * Prints the screen-recapture cues of generated captures, one line each:
 * {@code RecaptureProbe [n] [seed] [screen]} ({@code screen}: recaptures only, with the pitch and whether the check fires).
 */
public final class RecaptureProbe {

    private RecaptureProbe() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 5;
        boolean screenOnly = args.length > 2 && args[2].equals("screen");
        QualityGate gate = new QualityGate(QualityThresholds.DEFAULT);
        int index = 0;
        for (DocumentType type : new DocumentType[] {DocumentType.PASSPORT_TD3, DocumentType.ALIEN_REGISTRATION_CARD,
                DocumentType.ALIEN_REGISTRATION_CARD_2023, DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD,
                DocumentType.RESIDENT_ID_CARD, DocumentType.DRIVER_LICENCE}) {
            for (Degradation d : screenOnly ? new Degradation[] {Degradation.SCREEN} : Degradation.values()) {
                for (int i = 0; i < n; i++) {
                    index++;
                    SyntheticDocuments doc = SyntheticDocuments.generate(seed, index, type, d, false);
                    BufferedImage photo = DocumentImageDecoder.decode(doc.jpeg());
                    Assessment a = gate.assess(photo, type);
                    long t = System.nanoTime();
                    var m = ScreenRecaptureCheck.measure(photo, a.quad(), a.layout());
                    double ms = (System.nanoTime() - t) / 1e6;
                    String pitch = d == Degradation.SCREEN ? String.valueOf(ScreenRecapture.PITCHES[(int) Math.floorMod(seed * 31 + index,
                            (long) ScreenRecapture.PITCHES.length)]) : "-";
                    System.out.printf(Locale.ROOT, "%s %s %s gate=%s %s %.1fms fires=%s%n", type, d, pitch, a.passed(),
                            m.map(Object::toString).orElse("none"), ms,
                            ScreenRecaptureCheck.check(photo, a.quad(), a.layout()).isPresent());
                }
            }
        }
    }
}
