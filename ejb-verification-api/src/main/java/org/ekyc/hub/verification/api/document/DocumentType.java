package org.ekyc.hub.verification.api.document;

/** The document layouts the engine tells apart. */
public enum DocumentType {
    /** Passport book, ICAO 9303 Part 4 (TD3 MRZ). */
    PASSPORT_TD3,
    /** Identity card with a TD1 MRZ, ICAO 9303 Part 5. */
    ID_CARD_TD1,
    /** 외국인등록증 / residence card, front side (no MRZ). */
    ALIEN_REGISTRATION_CARD,
    /**
     * 외국인등록증 / residence card of the 2023 redesign, front side: colour portrait on the right,
     * fields on the left, a QR code, no sex field.
     */
    ALIEN_REGISTRATION_CARD_2023,
    /** 국내거소신고증: residence card of an overseas Korean (F-4), front side; same fields as the residence card. */
    OVERSEAS_KOREAN_RESIDENCE_CARD,
    /** 주민등록증: Korean resident registration card, front side (portrait on the right). */
    RESIDENT_ID_CARD,
    /** 자동차운전면허증: Korean driver's licence, front side. */
    DRIVER_LICENCE,
    /**
     * The back of a residence card (외국인등록증 / 거소증): the stay-extension entries (permit and
     * expiry dates) and the card serial. Read together with the front, never classified on its own.
     */
    RESIDENCE_CARD_BACK,
    /** None of the above could be recognised. */
    UNKNOWN
}
