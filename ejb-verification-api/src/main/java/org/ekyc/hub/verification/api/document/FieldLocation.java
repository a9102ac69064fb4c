package org.ekyc.hub.verification.api.document;

/**
 * How a visual-zone field was found on the document, which is evidence of how far its value can be trusted.
 */
public enum FieldLocation {
    /** Read where the document type's layout puts it (or from the MRZ, whose place is fixed by ICAO 9303). */
    REGION,
    /** Found beside or below its printed label (성명 / Name, 외국인등록번호 / Registration No., …). */
    LABEL,
    /** Found anywhere on the document by its form (a registration number, a date, a stay code, a country). */
    PATTERN
}
