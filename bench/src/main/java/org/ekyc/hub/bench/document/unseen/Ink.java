package org.ekyc.hub.bench.document.unseen;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Fonts, text and portraits for the evaluation set's designs. Fonts are the system's (OCR-B for the
 * MRZ, DejaVu Sans/Serif/Condensed for Latin text, Nanum Myeongjo / Square / Barun Gothic for
 * Hangul: deliberately not the Nanum Gothic the engine's own generator uses), loaded from their files.
 */
final class Ink {

    static final String OCR_B = "/usr/share/fonts/opentype/ocr-b/OCRB.otf";
    static final List<String> LATIN = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf");
    static final List<String> HANGUL = List.of("/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf",
            "/usr/share/fonts/truetype/nanum/NanumSquareR.ttf", "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf",
            "/usr/share/fonts/truetype/nanum/NanumMyeongjoBold.ttf", "/usr/share/fonts/truetype/nanum/NanumSquareB.ttf");

    private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();
    private static volatile List<Path> faces;

    private Ink() {
    }

    static Font font(String file, float size) {
        Font base = FONTS.computeIfAbsent(file, f -> {
            try {
                return Font.createFont(f.endsWith(".otf") || f.endsWith(".ttf") ? Font.TRUETYPE_FONT : Font.TYPE1_FONT, new File(f));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("font not available: " + f + " (install fonts-dejavu, fonts-nanum, fonts-ocr-b)", e);
            }
        });
        return base.deriveFont(size);
    }

    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }

    /** Text whose baseline starts at (x, y), in {@code font}, never wider than {@code maxWidth} (squeezed). */
    static void text(Graphics2D g, String s, Font font, Color color, double x, double y, double maxWidth) {
        g.setFont(font);
        g.setColor(color);
        double w = g.getFontMetrics().getStringBounds(s, g).getWidth();
        if (maxWidth > 0 && w > maxWidth) {
            var saved = g.getTransform();
            g.translate(x, y);
            g.scale(maxWidth / w, 1);
            g.drawString(s, 0, 0);
            g.setTransform(saved);
        } else {
            g.drawString(s, (float) x, (float) y);
        }
    }

    /** A monospaced MRZ line: OCR-B glyphs placed on a fixed pitch, as MRZ printers do. */
    static void mrzLine(Graphics2D g, String line, double x, double y, double pitch, float size) {
        Font f = font(OCR_B, size);
        g.setFont(f);
        g.setColor(new Color(20, 20, 24));
        var fm = g.getFontMetrics();
        for (int i = 0; i < line.length(); i++) {
            String c = String.valueOf(line.charAt(i));
            double cx = x + i * pitch + (pitch - fm.stringWidth(c)) / 2.0;
            g.drawString(c, (float) cx, (float) y);
        }
    }

    /** Fine wavy lines across a region: a stand-in for the guilloche security print. */
    static void guilloche(Graphics2D g, Random r, int w, int h, Color color, int lines) {
        g.setColor(color);
        g.setStroke(new BasicStroke(1.2f));
        double f1 = 0.004 + r.nextDouble() * 0.01;
        double phase = r.nextDouble() * 6;
        for (int k = 0; k < lines; k++) {
            int yBase = (int) ((k + 0.5) * h / (double) lines);
            int px = 0;
            int py = yBase;
            for (int x = 4; x <= w; x += 4) {
                int y = (int) (yBase + Math.sin(x * f1 + k * 0.4 + phase) * h / (lines * 0.9));
                g.drawLine(px, py, x, y);
                px = x;
                py = y;
            }
        }
    }

    /**
     * Draws a portrait into the box: a face photo from the face engine's evaluation split when it can
     * be found (read by path, never copied), else a drawn placeholder head and shoulders.
     */
    static void portrait(Graphics2D g, Random r, int x, int y, int w, int h, boolean grey) {
        List<Path> photos = faces();
        g.setColor(new Color(236, 236, 232));
        g.fillRect(x, y, w, h);
        if (!photos.isEmpty()) {
            try {
                BufferedImage photo = ImageIO.read(photos.get(r.nextInt(photos.size())).toFile());
                // crop the middle of the photo to the box's aspect: head and shoulders
                double aspect = w / (double) h;
                int ch = (int) Math.min(photo.getHeight() * 0.92, photo.getWidth() / aspect);
                int cw = (int) (ch * aspect);
                int cx = (photo.getWidth() - cw) / 2;
                int cy = Math.max(0, (int) (photo.getHeight() * 0.04));
                BufferedImage crop = photo.getSubimage(cx, cy, cw, Math.min(ch, photo.getHeight() - cy));
                if (grey) {
                    BufferedImage gray = new BufferedImage(crop.getWidth(), crop.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
                    gray.getGraphics().drawImage(crop, 0, 0, null);
                    crop = gray;
                }
                g.drawImage(crop, x, y, w, h, null);
                return;
            } catch (IOException e) {
                // fall through to the drawn placeholder
            }
        }
        g.setColor(new Color(120, 110, 100));
        g.fill(new Ellipse2D.Double(x + w * 0.12, y + h * 0.72, w * 0.76, h * 0.6));
        g.setColor(new Color(200, 170, 150));
        g.fill(new Ellipse2D.Double(x + w * 0.28, y + h * 0.18, w * 0.44, h * 0.55));
        g.setColor(new Color(40, 30, 30));
        g.fill(new Ellipse2D.Double(x + w * 0.38, y + h * 0.38, w * 0.06, h * 0.04));
        g.fill(new Ellipse2D.Double(x + w * 0.56, y + h * 0.38, w * 0.06, h * 0.04));
        g.fillRect((int) (x + w * 0.44), (int) (y + h * 0.58), (int) (w * 0.12), Math.max(2, h / 80));
    }

    /** Whether the portraits are photos of faces-eval (else drawn placeholders). */
    static boolean photoPortraits() {
        return !faces().isEmpty();
    }

    private static List<Path> faces() {
        List<Path> f = faces;
        if (f == null) {
            f = List.of();
            String configured = System.getProperty("ekyc.eval.faces");
            Path dir = configured != null ? Path.of(configured) : null;
            for (Path p = Path.of("").toAbsolutePath(); dir == null && p != null; p = p.getParent()) {
                Path candidate = p.resolve("shared/testdata/faces-eval/london");
                if (Files.isDirectory(candidate)) {
                    dir = candidate;
                }
            }
            if (dir != null && Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    f = s.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
                } catch (IOException e) {
                    f = List.of();
                }
            }
            faces = f;
        }
        return f;
    }
}
