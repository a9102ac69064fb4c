package org.ekyc.hub.verification.document.mrz;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A travel document number (ICAO 9303 Part 4, 4.2.2; Part 5, 4.2.2): up to 9 characters in the MRZ
 * field, longer numbers continue in the optional data of TD1. Fillers are removed.
 */
public record DocumentNumber(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9A-Z]{1,22}");

    public DocumentNumber {
        if (value == null) {
            throw new IllegalArgumentException("document number is required");
        }
        value = value.trim().toUpperCase(Locale.ROOT).replace("<", "");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a document number: " + value);
        }
    }
}
