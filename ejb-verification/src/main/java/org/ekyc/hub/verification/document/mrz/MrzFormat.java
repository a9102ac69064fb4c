package org.ekyc.hub.verification.document.mrz;

/**
 * The machine-readable zone formats of ICAO 9303: TD1 (ID-1 cards, Part 5, 3 lines of 30),
 * TD2 (ID-2 cards, Part 6, 2 lines of 36) and TD3 (passport books, Part 4, 2 lines of 44).
 */
public enum MrzFormat {
    TD1(3, 30),
    TD2(2, 36),
    TD3(2, 44);

    private final int lines;
    private final int lineLength;

    MrzFormat(int lines, int lineLength) {
        this.lines = lines;
        this.lineLength = lineLength;
    }

    public int lines() {
        return lines;
    }

    public int lineLength() {
        return lineLength;
    }

    /** The format whose line count and length fit, or null. */
    public static MrzFormat of(int lines, int lineLength) {
        for (MrzFormat f : values()) {
            if (f.lines == lines && f.lineLength == lineLength) {
                return f;
            }
        }
        return null;
    }
}
