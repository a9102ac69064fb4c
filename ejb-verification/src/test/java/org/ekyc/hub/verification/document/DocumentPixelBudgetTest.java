package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentImageException;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.document.ocr.TesseractPool;
import org.ekyc.hub.verification.document.quality.QualityThresholds;
import org.ekyc.hub.verification.imaging.DeclaredSizeImages;
import org.ekyc.hub.verification.imaging.PixelBudget;
import org.junit.jupiter.api.Test;

/**
 * The pixels one document check may declare, counted over every frame of both sides from the headers before
 * any frame is decoded. No OCR engine is needed: a refused check never reaches one.
 */
class DocumentPixelBudgetTest {

    private final DocumentChecker checker = new DocumentChecker(new TesseractPool("/nonexistent", 1, 1), QualityThresholds.DEFAULT,
            DocumentCheckerTest.CLOCK);

    private static ReasonCode refusal(ThrowingCheck check) {
        try {
            check.run();
        } catch (DocumentImageException e) {
            return e.code();
        }
        return null;
    }

    private interface ThrowingCheck {
        void run() throws DocumentImageException;
    }

    @Test
    void fiveFramesOfEachSideAtTheDecodersLargestAreRefusedFromTheirHeaders() {
        // each frame 39.9 megapixels, under the decoder's 40; ten of them are 399
        List<byte[]> side = Collections.nCopies(5, DeclaredSizeImages.png(7000, 5700));
        long start = System.nanoTime();
        assertThatThrownBy(() -> checker.checkCard(side, side, null)).isInstanceOfSatisfying(DocumentImageException.class,
                e -> assertThat(e.code()).isEqualTo(ReasonCode.IMAGE_TOO_LARGE)).hasMessageContaining("of 10 images");
        assertThatThrownBy(() -> checker.check(side, null)).isInstanceOfSatisfying(DocumentImageException.class,
                e -> assertThat(e.code()).isEqualTo(ReasonCode.IMAGE_TOO_LARGE)).hasMessageContaining("of 5 images");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms, nothing decoded").isLessThan(1000);
    }

    @Test
    void aFrameOverTheDecodersBoundIsRefusedAsBefore() {
        assertThat(refusal(() -> checker.check(DeclaredSizeImages.jpeg(9000, 6000), null))).isEqualTo(ReasonCode.IMAGE_TOO_LARGE);
    }

    @Test
    void framesJustUnderTheBudgetGoOnToTheDecoder() {
        // five frames of 24 megapixels: exactly the 120 of the default budget; the decoder then finds only a
        // 1×1 picture behind each header
        List<byte[]> frames = Collections.nCopies(5, DeclaredSizeImages.png(6000, 4000));
        assertThat(refusal(() -> checker.check(frames, null))).isEqualTo(ReasonCode.IMAGE_UNREADABLE);
        assertThat(refusal(() -> checker.checkCard(frames.subList(0, 3), frames.subList(0, 2), null)))
                .isEqualTo(ReasonCode.IMAGE_UNREADABLE);
    }

    @Test
    void aConfiguredBudgetBindsASinglePhotoToo() {
        DocumentChecker tight = new DocumentChecker(new TesseractPool("/nonexistent", 1, 1), QualityThresholds.DEFAULT,
                DocumentCheckerTest.CLOCK, null, new PixelBudget(DocumentImageDecoder.MAX_PIXELS, 30_000_000L));
        assertThat(refusal(() -> tight.check(DeclaredSizeImages.png(6000, 6000), DocumentType.PASSPORT_TD3)))
                .isEqualTo(ReasonCode.IMAGE_TOO_LARGE);
        assertThat(refusal(() -> tight.check(DeclaredSizeImages.png(5000, 5000), DocumentType.PASSPORT_TD3)))
                .isEqualTo(ReasonCode.IMAGE_UNREADABLE);
    }
}
