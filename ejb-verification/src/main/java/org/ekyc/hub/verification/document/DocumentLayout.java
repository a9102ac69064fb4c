package org.ekyc.hub.verification.document;

import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentType;

/**
 * Where things are on a document once its perspective is corrected: the canonical size it is
 * warped to and field regions as fractions of width and height. TD3 data page: 125 × 88 mm
 * (ICAO 9303 Part 4); ID-1 cards: 85.60 × 53.98 mm (Part 5; ISO/IEC 7810).
 *
 * @param type     layout
 * @param width    canonical width in pixels (8–10 px per mm)
 * @param height   canonical height in pixels
 * @param portrait portrait region
 * @param mrz      machine-readable zone, or null when the layout has none
 * @param fields   VIZ field regions
 */
public record DocumentLayout(DocumentType type, int width, int height, Rectangle2D portrait, Rectangle2D mrz,
                             Map<DocumentField, Rectangle2D> fields) {

    public DocumentLayout {
        fields = Map.copyOf(fields);
    }

    /** Passport data page, ICAO 9303 Part 4 zones: VIZ above, two MRZ lines in the bottom 23 mm. */
    public static final DocumentLayout PASSPORT_TD3 = new DocumentLayout(DocumentType.PASSPORT_TD3, 1000, 704,
            rect(0.04, 0.18, 0.26, 0.54), rect(0.03, 0.76, 0.94, 0.22),
            Map.of(DocumentField.DOCUMENT_NUMBER, rect(0.66, 0.185, 0.31, 0.065),
                    DocumentField.SURNAME, rect(0.33, 0.285, 0.64, 0.065),
                    DocumentField.GIVEN_NAMES, rect(0.33, 0.385, 0.64, 0.065),
                    DocumentField.NATIONALITY, rect(0.33, 0.485, 0.30, 0.065),
                    DocumentField.BIRTH_DATE, rect(0.33, 0.585, 0.36, 0.065),
                    DocumentField.SEX, rect(0.33, 0.685, 0.12, 0.065),
                    DocumentField.EXPIRY_DATE, rect(0.60, 0.685, 0.37, 0.065)));

    /** 외국인등록증 front (ID-1, portrait on the left, no MRZ). */
    public static final DocumentLayout ALIEN_REGISTRATION_CARD = new DocumentLayout(
            DocumentType.ALIEN_REGISTRATION_CARD, 856, 540,
            rect(0.04, 0.22, 0.26, 0.58), null,
            Map.of(DocumentField.REGISTRATION_NUMBER, rect(0.33, 0.20, 0.64, 0.095),
                    DocumentField.LATIN_NAME, rect(0.33, 0.36, 0.64, 0.085),
                    DocumentField.HANGUL_NAME, rect(0.33, 0.49, 0.40, 0.085),
                    DocumentField.NATIONALITY, rect(0.33, 0.62, 0.40, 0.075),
                    DocumentField.STAY_STATUS, rect(0.76, 0.62, 0.21, 0.075),
                    DocumentField.ISSUE_DATE, rect(0.33, 0.82, 0.40, 0.075)));

    /** Where every Korean ID-1 card prints its title (외국인등록증, 주민등록증, …): top left. */
    public static final Rectangle2D CARD_TITLE = rect(0.02, 0.02, 0.50, 0.14);

    /** 국내거소신고증 front: the residence card's layout under another title. */
    public static final DocumentLayout OVERSEAS_KOREAN_RESIDENCE_CARD = new DocumentLayout(
            DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD, 856, 540, ALIEN_REGISTRATION_CARD.portrait(), null,
            ALIEN_REGISTRATION_CARD.fields());

    /** 주민등록증 front: name and resident number on the left, portrait on the right, issue date below. */
    public static final DocumentLayout RESIDENT_ID_CARD = new DocumentLayout(DocumentType.RESIDENT_ID_CARD, 856, 540,
            rect(0.69, 0.22, 0.27, 0.56), null,
            Map.of(DocumentField.HANGUL_NAME, rect(0.05, 0.24, 0.45, 0.10),
                    DocumentField.REGISTRATION_NUMBER, rect(0.05, 0.38, 0.58, 0.10),
                    DocumentField.ISSUE_DATE, rect(0.30, 0.80, 0.34, 0.08)));

    /** 자동차운전면허증 front: portrait on the left; licence number, name, resident number, renewal end, issue date. */
    public static final DocumentLayout DRIVER_LICENCE = new DocumentLayout(DocumentType.DRIVER_LICENCE, 856, 540,
            rect(0.04, 0.24, 0.24, 0.52), null,
            Map.of(DocumentField.LICENCE_NUMBER, rect(0.32, 0.19, 0.56, 0.095),
                    DocumentField.HANGUL_NAME, rect(0.32, 0.33, 0.40, 0.09),
                    DocumentField.REGISTRATION_NUMBER, rect(0.32, 0.46, 0.58, 0.09),
                    DocumentField.EXPIRY_DATE, rect(0.32, 0.64, 0.40, 0.08),
                    DocumentField.ISSUE_DATE, rect(0.32, 0.80, 0.40, 0.08)));

    /**
     * 외국인등록증 of the 2023 redesign: portrait on the right, the same fields on the left, a QR code
     * bottom centre ({@link #QR_CODE}), no sex field.
     */
    public static final DocumentLayout ALIEN_REGISTRATION_CARD_2023 = new DocumentLayout(
            DocumentType.ALIEN_REGISTRATION_CARD_2023, 856, 540, rect(0.70, 0.22, 0.26, 0.56), null,
            Map.of(DocumentField.REGISTRATION_NUMBER, rect(0.04, 0.20, 0.60, 0.095),
                    DocumentField.LATIN_NAME, rect(0.04, 0.36, 0.62, 0.085),
                    DocumentField.HANGUL_NAME, rect(0.04, 0.49, 0.40, 0.085),
                    DocumentField.NATIONALITY, rect(0.04, 0.62, 0.40, 0.075),
                    DocumentField.STAY_STATUS, rect(0.47, 0.62, 0.20, 0.075),
                    DocumentField.ISSUE_DATE, rect(0.04, 0.82, 0.34, 0.075)));

    /** Where the 2023 residence card prints its QR code. */
    public static final Rectangle2D QR_CODE = rect(0.44, 0.72, 0.20, 0.26);

    /** The ID-1 front layout of a card type, empty for other types. */
    public static java.util.Optional<DocumentLayout> card(DocumentType type) {
        return java.util.Optional.ofNullable(switch (type) {
            case ALIEN_REGISTRATION_CARD -> ALIEN_REGISTRATION_CARD;
            case ALIEN_REGISTRATION_CARD_2023 -> ALIEN_REGISTRATION_CARD_2023;
            case OVERSEAS_KOREAN_RESIDENCE_CARD -> OVERSEAS_KOREAN_RESIDENCE_CARD;
            case RESIDENT_ID_CARD -> RESIDENT_ID_CARD;
            case DRIVER_LICENCE -> DRIVER_LICENCE;
            default -> null;
        });
    }

    /** ID-1 card with a TD1 MRZ (three lines in the bottom 17.5 mm of the back). */
    public static final DocumentLayout ID_CARD_TD1 = new DocumentLayout(DocumentType.ID_CARD_TD1, 856, 540,
            rect(0.04, 0.22, 0.26, 0.50), rect(0.03, 0.64, 0.94, 0.34), Map.of());

    /**
     * Back of a residence card (ID-1): the card serial top right, then a table of stay-extension
     * entries, one row per extension, permit date and expiry date side by side
     * ({@link #EXTENSION_ROWS} rows; see {@link #extensionPermit(int)}; a cell is a little taller than
     * its print so a slightly shifted line is still read whole). No portrait, no MRZ.
     */
    public static final DocumentLayout RESIDENCE_CARD_BACK = new DocumentLayout(DocumentType.RESIDENCE_CARD_BACK, 856, 540,
            null, null, Map.of(DocumentField.CARD_SERIAL, rect(0.60, 0.06, 0.37, 0.085)));

    /** Rows of the stay-extension table on the back of a residence card. */
    public static final int EXTENSION_ROWS = 4;

    /** The permit-date cell of extension row {@code row} (0-based) on the back of a residence card. */
    public static Rectangle2D extensionPermit(int row) {
        return rect(0.05, 0.3175 + row * 0.12, 0.30, 0.11);
    }

    /** The expiry-date cell of extension row {@code row} (0-based) on the back of a residence card. */
    public static Rectangle2D extensionExpiry(int row) {
        return rect(0.38, 0.3175 + row * 0.12, 0.30, 0.11);
    }

    /** The region in pixels of a canonical image. */
    public java.awt.Rectangle pixels(Rectangle2D fraction) {
        return new java.awt.Rectangle((int) Math.round(fraction.getX() * width), (int) Math.round(fraction.getY() * height),
                (int) Math.round(fraction.getWidth() * width), (int) Math.round(fraction.getHeight() * height));
    }

    public double aspect() {
        return (double) width / height;
    }

    private static Rectangle2D rect(double x, double y, double w, double h) {
        return new Rectangle2D.Double(x, y, w, h);
    }
}
