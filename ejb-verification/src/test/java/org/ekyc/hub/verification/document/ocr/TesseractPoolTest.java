package org.ekyc.hub.verification.document.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TesseractPoolTest {

    private static BufferedImage line(String text) {
        BufferedImage img = new BufferedImage(360, 60, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 360, 60);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 36));
        g.drawString(text, 10, 44);
        g.dispose();
        return img;
    }

    @Test
    void concurrentReadsShareAtMostTheBoundedNumberOfEngines() throws Exception {
        try (TesseractPool pool = new TesseractPool(TesseractPool.tessdata(), 2, 60_000)) {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<OcrText>> reads = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    reads.add(threads.submit(() -> pool.read(line("E9 12345"), OcrProfile.LATIN_LINE)));
                }
                for (Future<OcrText> read : reads) {
                    assertThat(read.get().text().replace(" ", "").trim()).isEqualTo("E912345");
                }
            } finally {
                threads.shutdown();
            }
            assertThat(pool.created(OcrProfile.LATIN_LINE)).isBetween(1, 2);
        }
    }

    @Test
    void aMissingLanguageIsATechnicalFailureNotAnEmptyRead() {
        try (TesseractPool pool = new TesseractPool("/nonexistent/tessdata", 1, 1_000)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> pool.read(line("X"), OcrProfile.LATIN_LINE))
                    .isInstanceOf(OcrUnavailableException.class);
        }
    }

    @Test
    void tesseractRunsOneOpenMpThreadPerCallUnlessTheOperatorSaidOtherwise() {
        String preset = System.getenv(OpenMpThreads.VARIABLE);
        try (TesseractPool pool = new TesseractPool(TesseractPool.tessdata(), 1, 60_000)) {
            pool.read(line("E9"), OcrProfile.LATIN_LINE);
            // libgomp reads the variable when libtesseract is loaded: the pool must have set it by then
            assertThat(OpenMpThreads.current()).isEqualTo(preset == null ? "1" : preset);
        }
    }
}
