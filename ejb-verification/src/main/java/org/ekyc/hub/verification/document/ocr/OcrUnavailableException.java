package org.ekyc.hub.verification.document.ocr;

/** Tesseract or its language data cannot be loaded, or no engine became free in time: a technical failure. */
public class OcrUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OcrUnavailableException(String message) {
        super(message);
    }

    public OcrUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
