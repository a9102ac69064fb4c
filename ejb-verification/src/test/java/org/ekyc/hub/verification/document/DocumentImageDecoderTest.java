package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentImageException;
import org.ekyc.hub.verification.imaging.ExifJpegs;
import org.junit.jupiter.api.Test;

class DocumentImageDecoderTest {

    private static byte[] png(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY), "png", out);
        return out.toByteArray();
    }

    private static ReasonCode code(byte[] bytes) {
        try {
            DocumentImageDecoder.decode(bytes);
            return null;
        } catch (DocumentImageException e) {
            return e.code();
        }
    }

    @Test
    void aSmallPngDecodes() throws Exception {
        assertThat(DocumentImageDecoder.decode(png(64, 48)).getWidth()).isEqualTo(64);
    }

    @Test
    void aPhotoTakenWithThePhoneTurnedIsDecodedUpright() throws Exception {
        // upright: 300 × 200, dark block in the top-left corner
        BufferedImage upright = new BufferedImage(300, 200, BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = upright.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 300, 200);
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(0, 0, 60, 40);
        g.dispose();
        for (int orientation : new int[] {3, 6, 8}) {
            BufferedImage stored = ExifJpegs.storedFor(upright, orientation);
            BufferedImage decoded = DocumentImageDecoder.decode(ExifJpegs.withOrientation(stored, orientation));
            assertThat(decoded.getWidth()).as("orientation %d", orientation).isEqualTo(300);
            assertThat(decoded.getHeight()).isEqualTo(200);
            assertThat(decoded.getRGB(20, 15) & 0xFF).as("dark corner, orientation %d", orientation).isLessThan(60);
            assertThat(decoded.getRGB(280, 185) & 0xFF).as("light corner, orientation %d", orientation).isGreaterThan(200);
        }
    }

    @Test
    void textIsNotAnImage() {
        assertThat(code("hello, this is not an image at all".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ReasonCode.IMAGE_UNREADABLE);
        assertThat(code(new byte[3])).isEqualTo(ReasonCode.IMAGE_UNREADABLE);
        assertThat(code(null)).isEqualTo(ReasonCode.IMAGE_UNREADABLE);
    }

    @Test
    void otherImageFormatsAreRefusedByTheirMagicBytes() {
        byte[] gif = Arrays.copyOf("GIF89a".getBytes(StandardCharsets.US_ASCII), 64);
        assertThat(code(gif)).isEqualTo(ReasonCode.IMAGE_FORMAT_UNSUPPORTED);
    }

    @Test
    void aTruncatedPngIsUnreadable() throws Exception {
        byte[] whole = png(300, 200);
        assertThat(code(Arrays.copyOf(whole, whole.length / 2))).isEqualTo(ReasonCode.IMAGE_UNREADABLE);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderBeforeDecoding() throws Exception {
        // a valid PNG header claiming 60000 x 60000 pixels; the pixel data is never reached
        byte[] header = png(1, 1);
        ByteBuffer ihdr = ByteBuffer.wrap(header, 16, 8);
        ihdr.putInt(60_000).putInt(60_000);
        CRC32 crc = new CRC32();
        crc.update(header, 12, 17);
        ByteBuffer.wrap(header, 29, 4).putInt((int) crc.getValue());
        assertThat(code(header)).isEqualTo(ReasonCode.IMAGE_TOO_LARGE);
    }

    @Test
    void anUploadOverTheByteLimitIsRefusedUnread() {
        byte[] huge = new byte[org.ekyc.hub.verification.api.document.DocumentCheckService.MAX_IMAGE_BYTES + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertThatThrownBy(() -> DocumentImageDecoder.decode(huge)).isInstanceOf(DocumentImageException.class)
                .extracting(e -> ((DocumentImageException) e).code()).isEqualTo(ReasonCode.IMAGE_TOO_LARGE);
    }
}
