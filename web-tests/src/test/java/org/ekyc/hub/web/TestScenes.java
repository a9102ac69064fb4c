package org.ekyc.hub.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Arrays;

/** What the fake camera shows in the browser tests: a synthetic passport page on a dark table, sharp or blurred. */
final class TestScenes {

    private TestScenes() {
    }

    /** A 640×480 frame: the data page (synthetic person) filling most of it, as the page's outline asks. */
    static BufferedImage passport() {
        BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(34, 36, 40));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(226, 221, 206));
        g.fillRoundRect(52, 56, 536, 376, 18, 18);
        g.setColor(new Color(150, 146, 140));
        g.fillRect(78, 110, 130, 170);
        g.setColor(new Color(90, 80, 72));
        g.fillOval(106, 130, 74, 96);
        g.setColor(new Color(20, 20, 24));
        g.setStroke(new BasicStroke(2));
        g.drawRect(78, 110, 130, 170);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.drawString("PASSPORT  VIET NAM", 78, 92);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        String[] lines = {"Surname  NGUYEN", "Given names  VAN AN", "Nationality  VNM", "Date of birth  17 MAR 1994",
            "Sex  M", "Date of expiry  02 JAN 2031", "Passport No.  C1234567"};
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 232, 128 + i * 24);
        }
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 17));
        g.drawString("P<VNMNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<<<<<<<<", 70, 372);
        g.drawString("C1234567<4VNM9403175M3101029<<<<<<<<<<<<<<06", 70, 402);
        g.dispose();
        return img;
    }

    /** The same frame out of focus. */
    static BufferedImage blurred(BufferedImage sharp) {
        int n = 9;
        float[] kernel = new float[n * n];
        Arrays.fill(kernel, 1f / (n * n));
        ConvolveOp op = new ConvolveOp(new Kernel(n, n, kernel), ConvolveOp.EDGE_NO_OP, null);
        return op.filter(op.filter(sharp, null), null);
    }
}
