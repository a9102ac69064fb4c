package org.ekyc.hub.verification.document.synth;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ekyc.hub.verification.api.document.DocumentType;

/** Writes a few generated captures to a directory to look at: {@code GeneratorPreview <dir>}. */
public final class GeneratorPreview {

    private GeneratorPreview() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/preview");
        Files.createDirectories(dir);
        int i = 0;
        for (DocumentType type : new DocumentType[] {DocumentType.PASSPORT_TD3, DocumentType.ALIEN_REGISTRATION_CARD,
                DocumentType.ALIEN_REGISTRATION_CARD_2023, DocumentType.RESIDENCE_CARD_BACK, DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD, DocumentType.RESIDENT_ID_CARD,
                DocumentType.DRIVER_LICENCE}) {
            for (Degradation d : Degradation.values()) {
                for (boolean severe : new boolean[] {false, true}) {
                    if ((d == Degradation.NONE || d == Degradation.SCREEN) && severe) {
                        continue;
                    }
                    SyntheticDocuments doc = SyntheticDocuments.generate(7, i++, type, d, severe);
                    Files.write(dir.resolve(type + "-" + d + (severe ? "-severe" : "") + ".jpg"), doc.jpeg());
                }
            }
        }
    }
}
