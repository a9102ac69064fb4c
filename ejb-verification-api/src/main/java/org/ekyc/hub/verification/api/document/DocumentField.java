package org.ekyc.hub.verification.api.document;

/** Fields read from a document, whichever zone they come from. */
public enum DocumentField {
    DOCUMENT_CODE,
    ISSUING_STATE,
    DOCUMENT_NUMBER,
    SURNAME,
    GIVEN_NAMES,
    /** The whole name in Latin script as printed in one line (residence cards). */
    LATIN_NAME,
    HANGUL_NAME,
    NATIONALITY,
    BIRTH_DATE,
    SEX,
    EXPIRY_DATE,
    ISSUE_DATE,
    REGISTRATION_NUMBER,
    STAY_STATUS,
    /** Driver's licence number, {@code RR-YY-NNNNNN-CC} (region, year, serial, check). */
    LICENCE_NUMBER,
    /** The card serial printed on the back of a residence card. */
    CARD_SERIAL,
    /** The permit date of the latest stay-extension entry on the back of a residence card. */
    STAY_PERMIT_DATE,
    /** The latest stay expiry: the last extension entry on the back of a residence card. */
    STAY_EXPIRY_DATE
}
