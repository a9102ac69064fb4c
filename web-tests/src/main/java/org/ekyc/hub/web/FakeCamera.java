package org.ekyc.hub.web;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A video for Chromium's fake camera ({@code --use-file-for-fake-video-capture}): YUV4MPEG2, 4:2:0, full-range
 * BT.601 (the {@code C420jpeg} colour space), which Chromium plays in a loop. Each image is shown for a
 * number of frames at {@link #FPS}.
 */
public final class FakeCamera {

    /** Frames per second of the videos written. */
    public static final int FPS = 10;

    private FakeCamera() {
    }

    /** One image shown for {@code frames} frames. */
    public record Scene(BufferedImage image, int frames) {
    }

    /** Writes the scenes, all of the first scene's size (even width and height), to {@code file}. */
    public static Path write(Path file, List<Scene> scenes) throws IOException {
        int w = scenes.get(0).image().getWidth() & ~1;
        int h = scenes.get(0).image().getHeight() & ~1;
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("YUV4MPEG2 W" + w + " H" + h + " F" + FPS + ":1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (Scene scene : scenes) {
                byte[] frame = i420(scene.image(), w, h);
                for (int i = 0; i < scene.frames(); i++) {
                    out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                    out.write(frame);
                }
            }
        }
        return file;
    }

    /** The planes Y, U, V of the image (chroma averaged over each 2×2 block). */
    static byte[] i420(BufferedImage image, int w, int h) {
        byte[] out = new byte[w * h * 3 / 2];
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        int uBase = w * h;
        int vBase = uBase + (w / 2) * (h / 2);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = rgb[y * w + x];
                out[y * w + x] = (byte) clamp(0.299 * r(p) + 0.587 * g(p) + 0.114 * b(p));
            }
        }
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                double u = 0;
                double v = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int p = rgb[(y + dy) * w + x + dx];
                        u += -0.168736 * r(p) - 0.331264 * g(p) + 0.5 * b(p) + 128;
                        v += 0.5 * r(p) - 0.418688 * g(p) - 0.081312 * b(p) + 128;
                    }
                }
                int i = (y / 2) * (w / 2) + x / 2;
                out[uBase + i] = (byte) clamp(u / 4);
                out[vBase + i] = (byte) clamp(v / 4);
            }
        }
        return out;
    }

    private static int r(int p) {
        return (p >> 16) & 0xff;
    }

    private static int g(int p) {
        return (p >> 8) & 0xff;
    }

    private static int b(int p) {
        return p & 0xff;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
