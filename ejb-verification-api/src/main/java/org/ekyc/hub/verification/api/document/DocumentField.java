package org.ekyc.hub.verification.api.document;

/** Fields read from a document, whichever zone they come from. */
public enum DocumentField {
    DOCUMENT_CODE,
    ISSUING_STATE,
    DOCUMENT_NUMBER,
    SURNAME,
    GIVEN_NAMES,
    HANGUL_NAME,
    NATIONALITY,
    BIRTH_DATE,
    SEX,
    EXPIRY_DATE,
    ISSUE_DATE,
    REGISTRATION_NUMBER,
    STAY_STATUS
}
