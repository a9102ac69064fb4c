package org.ekyc.hub.verification.document.ocr;

/**
 * How a region is read: language model, page segmentation mode and allowed characters. The MRZ
 * profile restricts Tesseract to the ICAO 9303 character set {@code 0-9 A-Z <}.
 */
public enum OcrProfile {
    /** Machine-readable zone: a block of uniform lines. */
    MRZ("eng", 1, 6, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"),
    /** One line of Latin capitals, digits and punctuation (names, codes, dates). */
    LATIN_LINE("eng", 1, 7, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<-., "),
    /** One line of capitals and digits only (document numbers, card serials): no spaces or punctuation to invent. */
    ALNUM_LINE("eng", 1, 7, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    /** One line of digits (registration numbers, dates). */
    DIGIT_LINE("eng", 1, 7, "0123456789-. "),
    /** One line of Hangul. */
    HANGUL_LINE("kor", 1, 7, ""),
    /**
     * A whole card, Korean and English together, text anywhere (sparse text): the word boxes from which labels
     * and values are found wherever a design prints them ({@link TextRows}).
     */
    CARD_TEXT("kor+eng", 1, 11, ""),
    /** One line of a card, Korean and English together: a labelled value the whole card's read missed. */
    CARD_LINE("kor+eng", 1, 7, ""),
    /**
     * A whole passport page in Latin script as blocks of text (automatic page segmentation): where the MRZ's values
     * are looked for in print. Sparse text (mode 11) dropped the first word of value lines next to the portrait.
     */
    PAGE_BLOCKS("eng", 1, 3, "");

    private final String language;
    private final int engineMode;
    private final int pageSegMode;
    private final String whitelist;

    OcrProfile(String language, int engineMode, int pageSegMode, String whitelist) {
        this.language = language;
        this.engineMode = engineMode;
        this.pageSegMode = pageSegMode;
        this.whitelist = whitelist;
    }

    public String language() {
        return language;
    }

    /** Tesseract engine mode: 0 legacy (character classifier), 1 LSTM. */
    public int engineMode() {
        return engineMode;
    }

    public int pageSegMode() {
        return pageSegMode;
    }

    public String whitelist() {
        return whitelist;
    }
}
