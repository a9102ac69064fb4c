package org.ekyc.hub.verification.document.ocr;

/** Text read by OCR from one region, with Tesseract's mean confidence scaled to 0..1. */
public record OcrText(String text, double confidence) {

    public OcrText {
        text = text == null ? "" : text;
        confidence = Math.max(0, Math.min(1, confidence));
    }
}
