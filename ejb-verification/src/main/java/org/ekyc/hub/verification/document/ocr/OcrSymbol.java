package org.ekyc.hub.verification.document.ocr;

/**
 * One recognised character with its box in the region's pixels.
 *
 * @param line       0-based text line within the region
 * @param text       the character(s) recognised
 * @param confidence 0..1
 * @param wordStart  whether Tesseract begins a new word with this character (it saw a space before it)
 */
public record OcrSymbol(int line, String text, double confidence, int left, int top, int right, int bottom, boolean wordStart) {

    /** A character whose word boundary is not known (the gap to the one before decides). */
    public OcrSymbol(int line, String text, double confidence, int left, int top, int right, int bottom) {
        this(line, text, confidence, left, top, right, bottom, false);
    }

    public double centreX() {
        return (left + right) / 2.0;
    }

    public int height() {
        return bottom - top;
    }
}
