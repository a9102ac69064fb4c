package org.ekyc.hub.verification.document.ocr;

import java.awt.image.BufferedImage;

/** Reads text from an image region. Implementations are safe to call from several threads. */
public interface OcrEngine {

    /** Reads {@code region} (already cropped to the field) with the given profile. */
    OcrText read(BufferedImage region, OcrProfile profile);

    /** Reads {@code region} and returns every recognised character with its box, in reading order. */
    java.util.List<OcrSymbol> symbols(BufferedImage region, OcrProfile profile);
}
