package org.ekyc.hub.verification.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.face.FaceImageException;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {

    private final ImageDecoder decoder = ImageDecoder.defaults();

    static byte[] encode(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private static BufferedImage gradient(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, (x % 256) << 16 | (y % 256) << 8 | 0x40);
            }
        }
        return img;
    }

    private ReasonCode refusal(byte[] bytes) {
        try {
            decoder.decode(bytes);
        } catch (FaceImageException e) {
            return e.reason();
        }
        throw new AssertionError("decoded what should have been refused");
    }

    @Test
    void decodesJpegAndPngIntoBgrSamples() throws Exception {
        BgrImage png = decoder.decode(encode(gradient(64, 48), "png"));
        assertThat(png.width()).isEqualTo(64);
        assertThat(png.height()).isEqualTo(48);
        assertThat(png.sample(10, 20, 2)).isEqualTo(10);   // R = x
        assertThat(png.sample(10, 20, 1)).isEqualTo(20);   // G = y
        assertThat(png.sample(10, 20, 0)).isEqualTo(0x40); // B
        BgrImage jpeg = decoder.decode(FaceTestData.image("london/001_03.jpg"));
        assertThat(jpeg.width()).isEqualTo(1350);
    }

    @Test
    void appliesTheExifOrientationOfAPhoneJpeg() throws Exception {
        BufferedImage upright = gradient(96, 64);
        for (int orientation : new int[] {6, 8}) {
            byte[] jpeg = org.ekyc.hub.verification.imaging.ExifJpegs.withOrientation(
                    org.ekyc.hub.verification.imaging.ExifJpegs.storedFor(upright, orientation), orientation);
            BgrImage img = decoder.decode(jpeg);
            assertThat(img.width()).as("orientation %d", orientation).isEqualTo(96);
            assertThat(img.height()).isEqualTo(64);
            assertThat(img.sample(90, 10, 2)).as("R grows to the right, orientation %d", orientation).isGreaterThan(70);
            assertThat(img.sample(5, 10, 2)).isLessThan(20);
            assertThat(img.sample(10, 60, 1)).as("G grows downwards, orientation %d", orientation).isGreaterThan(45);
            assertThat(img.sample(10, 3, 1)).isLessThan(20);
        }
    }

    @Test
    void refusesWhatIsNotAJpegOrPng() throws Exception {
        assertThat(refusal("GIF89a but not really".getBytes())).isEqualTo(ReasonCode.FACE_IMAGE_UNREADABLE);
        assertThat(refusal(new byte[] {1, 2, 3})).isEqualTo(ReasonCode.FACE_IMAGE_UNREADABLE);
        assertThat(refusal(encode(gradient(32, 32), "gif"))).isEqualTo(ReasonCode.FACE_IMAGE_UNREADABLE);
        assertThatThrownBy(() -> decoder.decode(new byte[0])).isInstanceOf(FaceImageException.class);
    }

    @Test
    void refusesATruncatedJpegInsteadOfScoringGreyPixels() {
        byte[] full = FaceTestData.image("london/001_03.jpg");
        assertThat(refusal(Arrays.copyOf(full, full.length / 2))).isEqualTo(ReasonCode.FACE_IMAGE_UNREADABLE);
        assertThat(refusal(Arrays.copyOf(full, 600))).isEqualTo(ReasonCode.FACE_IMAGE_UNREADABLE);
    }

    @Test
    void refusesACorruptJpeg() {
        byte[] bytes = FaceTestData.image("london/001_03.jpg").clone();
        for (int i = 2000; i < bytes.length - 2; i += 97) {
            bytes[i] = (byte) 0xFF;
            bytes[i + 1] = (byte) 0xD9;
        }
        assertThat(refusal(bytes)).isEqualTo(ReasonCode.FACE_IMAGE_UNREADABLE);
    }

    @Test
    void refusesADecompressionBombFromItsHeaderBeforeDecoding() throws Exception {
        // a real 1×1 PNG whose header is rewritten to claim 60000×60000 pixels
        byte[] png = org.ekyc.hub.verification.imaging.DeclaredSizeImages.png(60_000, 60_000);
        long t0 = System.nanoTime();
        assertThat(refusal(png)).isEqualTo(ReasonCode.FACE_IMAGE_TOO_LARGE);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1000);
    }

    @Test
    void refusesTooManyBytes() throws Exception {
        ImageDecoder small = new ImageDecoder(1000, 50_000_000L, 1280);
        try {
            small.decode(FaceTestData.image("london/001_03.jpg"));
            throw new AssertionError("accepted");
        } catch (FaceImageException e) {
            assertThat(e.reason()).isEqualTo(ReasonCode.FACE_IMAGE_TOO_LARGE);
        }
    }

    @Test
    void subsamplesLargeImagesWhileDecoding() throws Exception {
        ImageDecoder toward400 = new ImageDecoder(15_000_000, 50_000_000L, 400);
        BgrImage img = toward400.decode(FaceTestData.image("london/001_03.jpg"));
        assertThat(img.width()).isEqualTo(450); // 1350 / 3
        assertThat(ImageDecoder.subsampling(1350, 1350, 1280)).isEqualTo(1);
        assertThat(ImageDecoder.subsampling(4032, 3024, 1280)).isEqualTo(3);
    }

    @Test
    void greyJpegsAndTransparentPngsBecomeBgr() throws Exception {
        BufferedImage grey = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(5, 5, 0, 200);
        BgrImage g = decoder.decode(encode(grey, "png"));
        assertThat(g.sample(5, 5, 0)).isEqualTo(g.sample(5, 5, 2)).isGreaterThan(150);
        BufferedImage argb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(3, 4, 0xFF102030);
        BgrImage a = decoder.decode(encode(argb, "png"));
        assertThat(a.sample(3, 4, 2)).isEqualTo(0x10);
        assertThat(a.sample(3, 4, 0)).isEqualTo(0x30);
    }
}
