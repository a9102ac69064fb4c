package org.ekyc.hub.verification.document.synth;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The fonts of Debian's {@code fonts-ocr-b} and {@code fonts-nanum}; missing fonts fail the test. */
final class Fonts {

    static final Font OCR_B = load(System.getProperty("ekyc.fonts.ocrb", "/usr/share/fonts/opentype/ocr-b/OCRB.otf"));
    static final Font NANUM = load(System.getProperty("ekyc.fonts.nanum", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"));
    static final Font NANUM_BOLD = load(System.getProperty("ekyc.fonts.nanum-bold",
            "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"));

    private Fonts() {
    }

    private static Font load(String path) {
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("font " + p + " missing: apt-get install fonts-ocr-b fonts-nanum");
        }
        try {
            return Font.createFont(Font.TRUETYPE_FONT, p.toFile());
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load font " + p, e);
        }
    }
}
