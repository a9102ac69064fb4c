package org.ekyc.hub.verification.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The decoded-pixel budget of one request, read from the images' headers only. */
class PixelBudgetTest {

    private static final PixelBudget BUDGET = new PixelBudget(3840L * 2160, 100_000_000L);

    @Test
    void readsTheDeclaredSizeOfPngAndJpegHeaders() {
        assertThat(PixelBudget.declaredPixels(DeclaredSizeImages.png(7000, 7000))).isEqualTo(49_000_000L);
        assertThat(PixelBudget.declaredPixels(DeclaredSizeImages.jpeg(4000, 3000))).isEqualTo(12_000_000L);
        assertThat(PixelBudget.declaredPixels(DeclaredSizeImages.png(60_000, 60_000))).isEqualTo(3_600_000_000L);
    }

    @Test
    void whatHasNoReadableHeaderCountsNothingItsDecoderRefusesIt() {
        assertThat(PixelBudget.declaredPixels("not an image".getBytes())).isEqualTo(-1);
        assertThat(PixelBudget.declaredPixels(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3})).isEqualTo(-1);
        assertThat(PixelBudget.declaredPixels(new byte[0])).isEqualTo(-1);
        assertThat(PixelBudget.declaredPixels(null)).isEqualTo(-1);
        assertThat(BUDGET.exceeded(List.of("x".getBytes(), new byte[] {1}))).isEmpty();
    }

    @Test
    void oneFrameOverThePerFrameBoundIsRefusedNamingIt() {
        List<byte[]> frames = new ArrayList<>(Collections.nCopies(3, DeclaredSizeImages.png(1920, 1080)));
        frames.add(DeclaredSizeImages.png(3841, 2160));
        assertThat(BUDGET.exceeded(frames)).get().asString().startsWith("image 4 of 4 declares 8296560 pixels");
        frames.set(3, DeclaredSizeImages.jpeg(3840, 2160));
        assertThat(BUDGET.exceeded(frames)).isEmpty();
    }

    @Test
    void aRequestJustUnderTheBudgetPassesAndOneFrameMoreIsRefused() {
        // 12 frames of 3840×2160: 99.5 megapixels; a 13th passes 100
        List<byte[]> frames = new ArrayList<>(Collections.nCopies(12, DeclaredSizeImages.png(3840, 2160)));
        assertThat(BUDGET.exceeded(frames)).isEmpty();
        frames.add(DeclaredSizeImages.jpeg(3840, 2160));
        assertThat(BUDGET.exceeded(frames)).get().asString().contains("the first 13 of 13 images").contains("at most 100000000");
        // thirty 1080p frames, what the app records, pass
        assertThat(BUDGET.exceeded(Collections.nCopies(30, DeclaredSizeImages.jpeg(1920, 1080)))).isEmpty();
    }

    @Test
    void thirtyFramesOfFortyNineMegapixelsCostOnlyHeaderReads() {
        List<byte[]> bombs = Collections.nCopies(30, DeclaredSizeImages.png(7000, 7000));
        long start = System.nanoTime();
        assertThat(BUDGET.exceeded(bombs)).get().asString().startsWith("image 1 of 30");
        PixelBudget wide = new PixelBudget(50_000_000L, 100_000_000L);
        assertThat(wide.exceeded(bombs)).get().asString().startsWith("the first 3 of 30");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(1000);
    }

    @Test
    void configuredPerKindFromTheEnvironmentOrAProperty() {
        PixelBudget dflt = new PixelBudget(10, 100);
        assertThat(PixelBudget.configured("liveness", dflt, Map.of(), new Properties())).isEqualTo(dflt);
        Properties sys = new Properties();
        sys.setProperty("kyc.liveness.request-max-pixels", "500");
        assertThat(PixelBudget.configured("liveness", dflt, Map.of("KYC_LIVENESS_FRAME_MAX_PIXELS", " 20 ",
                "KYC_LIVENESS_REQUEST_MAX_PIXELS", "300"), sys)).isEqualTo(new PixelBudget(20, 500));
        assertThat(PixelBudget.configured("document", dflt, Map.of("KYC_DOCUMENT_REQUEST_MAX_PIXELS", "250"), new Properties()))
                .isEqualTo(new PixelBudget(10, 250));
        assertThatThrownBy(() -> PixelBudget.configured("document", dflt, Map.of("KYC_DOCUMENT_FRAME_MAX_PIXELS", "40MP"),
                new Properties())).isInstanceOf(IllegalStateException.class).hasMessageContaining("KYC_DOCUMENT_FRAME_MAX_PIXELS");
        assertThatThrownBy(() -> PixelBudget.configured("document", dflt, Map.of("KYC_DOCUMENT_REQUEST_MAX_PIXELS", "0"),
                new Properties())).isInstanceOf(IllegalStateException.class);
    }
}
