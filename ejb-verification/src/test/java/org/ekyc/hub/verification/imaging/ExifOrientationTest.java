package org.ekyc.hub.verification.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ExifOrientationTest {

    private static BufferedImage gradient(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, (x * 255 / w) << 16 | (y * 255 / h) << 8 | 0x80);
            }
        }
        return img;
    }

    @Test
    void readsEveryOrientationFromAPhoneStyleExifSegment() throws Exception {
        BufferedImage img = gradient(64, 48);
        for (int o = 1; o <= 8; o++) {
            assertThat(ExifOrientation.read(ExifJpegs.withOrientation(img, o))).as("orientation %d", o).isEqualTo(o);
        }
    }

    @Test
    void anythingElseIsAsStored() throws Exception {
        BufferedImage img = gradient(64, 48);
        ByteArrayOutputStream jfif = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", jfif);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        assertThat(ExifOrientation.read(jfif.toByteArray())).isEqualTo(1);
        assertThat(ExifOrientation.read(png.toByteArray())).isEqualTo(1);
        assertThat(ExifOrientation.read(ExifJpegs.withOrientation(img, 0))).isEqualTo(1);
        assertThat(ExifOrientation.read(ExifJpegs.withOrientation(img, 9))).isEqualTo(1);
        assertThat(ExifOrientation.read(null)).isEqualTo(1);
        assertThat(ExifOrientation.read(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEqualTo(1);
        byte[] broken = ExifJpegs.withOrientation(img, 6);
        broken[2 + 4 + 6 + 3] = 99; // SOI, APP1 marker and length, "Exif\0\0", then TIFF "MM" 0 42: 42 → 99
        assertThat(ExifOrientation.read(broken)).isEqualTo(1);
        byte[] cut = Arrays.copyOf(ExifJpegs.withOrientation(img, 6), 20); // APP1 longer than the file
        assertThat(ExifOrientation.read(cut)).isEqualTo(1);
    }

    /** Display position of stored pixel (x, y) of a w × h image, written out per orientation (TIFF 6.0 / EXIF 2.3). */
    private static int[] displayed(int o, int x, int y, int w, int h) {
        return switch (o) {
            case 1 -> new int[] {x, y};
            case 2 -> new int[] {w - 1 - x, y};
            case 3 -> new int[] {w - 1 - x, h - 1 - y};
            case 4 -> new int[] {x, h - 1 - y};
            case 5 -> new int[] {y, x};
            case 6 -> new int[] {h - 1 - y, x};
            case 7 -> new int[] {h - 1 - y, w - 1 - x};
            case 8 -> new int[] {y, w - 1 - x};
            default -> throw new IllegalArgumentException();
        };
    }

    @Test
    void turnsThePixelsAsTheTagSaysExactly() {
        int w = 5;
        int h = 3;
        BufferedImage stored = gradient(w, h);
        for (int o = 1; o <= 8; o++) {
            BufferedImage shown = ExifOrientation.apply(stored, o);
            boolean swap = o >= 5;
            assertThat(shown.getWidth()).as("width %d", o).isEqualTo(swap ? h : w);
            assertThat(shown.getHeight()).as("height %d", o).isEqualTo(swap ? w : h);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int[] p = displayed(o, x, y, w, h);
                    assertThat(shown.getRGB(p[0], p[1])).as("orientation %d pixel %d,%d", o, x, y).isEqualTo(stored.getRGB(x, y));
                }
            }
        }
    }

    @Test
    void greyImagesTurnToo() {
        BufferedImage grey = new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(3, 0, 0, 200);
        BufferedImage shown = ExifOrientation.apply(grey, 6);
        assertThat(shown.getWidth()).isEqualTo(2);
        assertThat(shown.getRaster().getSample(1, 3, 0)).isEqualTo(200);
    }

    @Test
    void storedForIsTheInverse() throws Exception {
        BufferedImage upright = gradient(6, 4);
        for (int o = 1; o <= 8; o++) {
            BufferedImage back = ExifOrientation.apply(ExifJpegs.storedFor(upright, o), o);
            assertThat(back.getWidth()).isEqualTo(6);
            assertThat(back.getRGB(5, 0)).as("orientation %d", o).isEqualTo(upright.getRGB(5, 0));
            assertThat(back.getRGB(1, 3)).as("orientation %d", o).isEqualTo(upright.getRGB(1, 3));
        }
    }
}
