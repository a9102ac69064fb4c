package org.ekyc.hub.verification.document.ocr;

/**
 * One recognised character with its box in the region's pixels.
 *
 * @param line       0-based text line within the region
 * @param text       the character(s) recognised
 * @param confidence 0..1
 */
public record OcrSymbol(int line, String text, double confidence, int left, int top, int right, int bottom) {

    public double centreX() {
        return (left + right) / 2.0;
    }

    public int height() {
        return bottom - top;
    }
}
