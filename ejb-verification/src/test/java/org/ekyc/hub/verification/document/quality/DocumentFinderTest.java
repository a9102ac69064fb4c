package org.ekyc.hub.verification.document.quality;

import static org.assertj.core.api.Assertions.assertThat;

import boofcv.struct.image.GrayU8;
import georegression.struct.point.Point2D_F64;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding the document in photos drawn here: a card under a shadow, a page with a box printed on it. */
class DocumentFinderTest {

    /** The card's corners in the 1200 × 900 photo: an ID-1 card's proportions, 700 × 441 px. */
    static final int LEFT = 250;
    static final int TOP = 220;
    static final int RIGHT = 950;
    static final int BOTTOM = 661;

    /**
     * A pale card with lines of print on a mid-grey table, under a shadow that falls from 55 % light at the photo's left
     * to full light at its right: the card's shaded half is darker than the lit half of the table.
     */
    static BufferedImage cardUnderShadow() {
        return card(x -> 0.55 + 0.45 / (1 + Math.exp(-8 * (x - 600) / 1200.0)));
    }

    /** The same card and table in a light that varies across the photo ({@code light} of x, 1 = full). */
    static BufferedImage card(java.util.function.DoubleUnaryOperator light) {
        BufferedImage photo = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = painted(photo, new Color(150, 150, 146));
        g.setColor(new Color(215, 215, 221));
        g.fillRect(LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP);
        g.setColor(new Color(30, 30, 40));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        for (int i = 0; i < 7; i++) {
            g.drawString("REGISTRATION 1234567 NAME", LEFT + 40, TOP + 60 + i * 55);
        }
        g.dispose();
        int[] row = new int[1200];
        for (int y = 0; y < 900; y++) {
            photo.getRGB(0, y, 1200, 1, row, 0, 1200);
            for (int x = 0; x < 1200; x++) {
                double f = light.applyAsDouble(x);
                int p = row[x];
                row[x] = scale(p >> 16, f) << 16 | scale(p >> 8, f) << 8 | scale(p, f);
            }
            photo.setRGB(0, y, 1200, 1, row, 0, 1200);
        }
        return photo;
    }

    /** The image filled with {@code background}, ready to draw on with smoothed text. */
    private static Graphics2D painted(BufferedImage image, Color background) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(background);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    private static int scale(int channel, double light) {
        return (int) Math.round((channel & 0xff) * light);
    }

    static boolean nearCorners(Quad q, double scale, double tolerance) {
        List<Point2D_F64> found = List.of(q.topLeft(), q.topRight(), q.bottomRight(), q.bottomLeft());
        double[][] card = {{LEFT, TOP}, {RIGHT, TOP}, {RIGHT, BOTTOM}, {LEFT, BOTTOM}};
        for (int i = 0; i < 4; i++) {
            if (Math.abs(found.get(i).x / scale - card[i][0]) > tolerance || Math.abs(found.get(i).y / scale - card[i][1]) > tolerance) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aCardUnderAShadowIsFoundByItsOutlineWhereTheThresholdJoinsItToTheTable() {
        GrayU8 gray = GrayImages.gray(cardUnderShadow(), 800);
        double scale = 800 / 1200.0;
        // the threshold's region is not the card: the lit table joins it (or nothing card-shaped stands out)
        Optional<Quad> byBrightness = DocumentFinder.find(gray);
        assertThat(byBrightness.filter(q -> nearCorners(q, scale, 12))).isEmpty();
        Optional<Quad> outline = DocumentFinder.findByEdges(gray);
        assertThat(outline).isPresent();
        assertThat(nearCorners(outline.get(), scale, 12)).as("corners of %s", outline.get()).isTrue();
    }

    @Test
    void aBoxPrintedOnAPageIsNotTakenForTheDocument() {
        // a scanned page: print all around a ruled box in its middle, which has print inside too; no line of print
        // touches the box, so its outline is the largest closed one
        BufferedImage page = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = painted(page, new Color(236, 236, 230));
        g.setColor(new Color(30, 30, 40));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
        for (int y = 45; y < 900; y += 50) {
            boolean besideTheBox = y > TOP - 10 && y < BOTTOM + 40;
            if (!besideTheBox) {
                g.drawString("SURNAME GIVEN NAMES 1234567 NATIONALITY DATE OF BIRTH", 30, y);
            } else {
                g.drawString("SEX 1234", 40, y);
                g.drawString("PLACE 56", 990, y);
                if (y > TOP + 30 && y < BOTTOM - 10) {
                    g.drawString("AUTHORITY 7890 SIGNATURE", LEFT + 40, y);
                }
            }
        }
        g.setStroke(new java.awt.BasicStroke(4));
        g.drawRect(LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP);
        g.dispose();
        Optional<Quad> outline = DocumentFinder.findByEdges(GrayImages.gray(page, 800));
        assertThat(outline.filter(q -> nearCorners(q, 800 / 1200.0, 12))).isEmpty();
    }
}
